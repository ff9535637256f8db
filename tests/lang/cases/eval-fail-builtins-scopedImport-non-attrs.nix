scopedImport 1 ./lib/answer.nix
