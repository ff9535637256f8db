<hearth/x.nix>
