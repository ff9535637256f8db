"hearth/x.nix"
