<hearth/nope.nix>
