{ opam-shell-integration = ./shell-integration.nix; }
