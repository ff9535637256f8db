{
  jq-colors = ./colors.nix;
  jq-defaults = ./defaults.nix;
}
