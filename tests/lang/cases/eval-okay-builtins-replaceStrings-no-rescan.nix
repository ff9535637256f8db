# Replacements are not scanned again.
builtins.replaceStrings [ "a" ] [ "aa" ] "aaa"
