{ getmail = ./getmail.nix; }
