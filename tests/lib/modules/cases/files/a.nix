{ imports = [ ./a-imp.nix ]; l = [ "a" ]; }
