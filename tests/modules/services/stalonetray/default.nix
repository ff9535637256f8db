# Hearth's own cases: Home Manager has no stalonetray test.
{
  stalonetray-config = ./config.nix;
  stalonetray-extra-config = ./extra-config.nix;
}
