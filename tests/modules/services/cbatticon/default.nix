# Hearth's own cases: Home Manager has no cbatticon test.
{
  cbatticon-defaults = ./defaults.nix;
  cbatticon-options = ./options.nix;
}
