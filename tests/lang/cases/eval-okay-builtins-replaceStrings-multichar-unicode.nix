builtins.replaceStrings [ "ö" ] [ "oe" ] "schön größer"
