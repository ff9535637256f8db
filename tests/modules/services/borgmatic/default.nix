{ borgmatic-service-basic-configuration = ./basic-configuration.nix; }
