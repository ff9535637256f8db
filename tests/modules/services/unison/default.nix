# Hearth's own cases: Home Manager has no unison test.
{
  unison-pair = ./pair.nix;
  unison-options = ./options.nix;
}
