[ (import <top.nix>) (import <only2.nix>) ]
