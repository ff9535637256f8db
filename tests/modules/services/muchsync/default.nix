# Home Manager has no tests for muchsync; these cases are Hearth's own,
# from the module's behaviour.
{
  muchsync-defaults = ./defaults.nix;
  muchsync-options = ./options.nix;
  muchsync-without-notmuch = ./without-notmuch.nix;
}
