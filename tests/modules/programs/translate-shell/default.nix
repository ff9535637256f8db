{ translate-shell = ./translate-shell.nix; }
