# Hearth's own cases: Home Manager has no mr test.
{
  mr-settings = ./settings.nix;
  mr-empty = ./empty.nix;
}
