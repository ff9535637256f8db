# Hearth's own cases: Home Manager has no pidgin test.
{
  pidgin-override = ./override.nix;
  pidgin-no-override = ./no-override.nix;
}
