{ info-enable = ./enable.nix; }
