{
  afew-default = ./default-filters.nix;
  afew-custom = ./custom.nix;
}
