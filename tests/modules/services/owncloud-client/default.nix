{ owncloud-client = ./owncloud-client.nix; }
