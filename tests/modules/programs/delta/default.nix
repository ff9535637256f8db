{
  delta-git-integration = ./git-integration.nix;
  delta-migration = ./migration.nix;
  delta-without-git-integration = ./without-git-integration.nix;
}
