# Hearth's own cases: Home Manager has no tests for programs.timidity.
{
  timidity-extra-config = ./extra-config.nix;
}
