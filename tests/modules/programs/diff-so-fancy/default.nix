{
  diff-so-fancy-with-git-integration = ./with-git-integration.nix;
  diff-so-fancy-migration = ./migration.nix;
}
