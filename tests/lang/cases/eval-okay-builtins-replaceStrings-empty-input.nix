builtins.replaceStrings [ "" "a" ] [ "x" "y" ] ""
