{
  entries = ./entries.nix;
  deprecated = ./deprecated.nix;
}
