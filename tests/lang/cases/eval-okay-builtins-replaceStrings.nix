builtins.replaceStrings [ "a" "b" ] [ "x" "y" ] "aabbcc"
