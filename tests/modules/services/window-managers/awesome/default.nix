{
  awesome-default = ./default-session.nix;
  awesome-options = ./options.nix;
}
