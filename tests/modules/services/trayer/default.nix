{ trayer-basic-configuration = ./basic-configuration.nix; }
