let xs = [ "a" "b" ]; in "${builtins.concatStringsSep "," xs}-${toString (1 + 2)}"
