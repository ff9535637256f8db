{
  less-options-and-config = ./options-and-config.nix;
  less-options = ./options.nix;
  less-keys-renamed = ./keys-renamed.nix;
  less-no-config = ./no-config.nix;
}
