{ disabledModules = [ ./a.nix ]; }
