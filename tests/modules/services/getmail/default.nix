{ getmail-service = ./getmail-service.nix; }
