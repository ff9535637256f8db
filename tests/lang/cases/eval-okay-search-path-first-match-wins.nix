import <top.nix>
