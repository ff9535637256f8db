{
  files-text-and-targets = ./text-and-targets.nix;
  files-target-conflict = ./target-conflict.nix;
  files-out-of-store-symlink = ./out-of-store-symlink.nix;
  files-on-change = ./on-change.nix;
}
