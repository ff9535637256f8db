builtins.concatStringsSep "," [ "a" (toString 1) (toString ./lib) ]
