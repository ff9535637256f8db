{
  notmuch-disabled = ./disabled.nix;
  notmuch-empty-list = ./empty-list.nix;
  notmuch-enabled-only = ./enabled-only.nix;
  notmuch-enabled-only-26-11 = ./enabled-only-26-11.nix;
  notmuch-legacy = ./legacy.nix;
  notmuch-null-identity = ./null-identity.nix;
  notmuch-settings = ./settings.nix;
}
