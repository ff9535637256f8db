{ hexchat-basic-configuration = ./basic-configuration.nix; }
