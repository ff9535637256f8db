[ (builtins.pathExists "${toString ./lib}/") (builtins.pathExists "${toString ./lib/answer.nix}/") ]
