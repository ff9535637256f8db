builtins.replaceStrings [ "hello" "o" ] [ "hi" "0" ] "hello world foo"
