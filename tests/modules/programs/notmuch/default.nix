{
  notmuch = ./notmuch.nix;
  notmuch-hooks = ./hooks.nix;
  notmuch-no-primary = ./no-primary.nix;
}
