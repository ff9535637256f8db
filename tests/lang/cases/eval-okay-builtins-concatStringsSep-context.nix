builtins.hasContext (builtins.concatStringsSep "," [ "a" "${./lib/answer.nix}" ])
