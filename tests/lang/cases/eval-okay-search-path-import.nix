import <hearth/x.nix>
