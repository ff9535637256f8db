scopedImport { x = 1; y = 2; } ./lib/uses-x-y.nix
