{
  hstr-integrations = ./integrations.nix;
}
