{ command-not-found-shells = ./shells.nix; }
