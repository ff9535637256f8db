# Hearth's own cases: Home Manager has no tests for programs.fd.
{
  fd-options = ./options.nix;
  fd-no-options = ./no-options.nix;
}
