{
  gpg-defaults = ./defaults.nix;
  gpg-settings = ./settings.nix;
  gpg-immutable-keys = ./immutable-keys.nix;
  gpg-bad-trust = ./bad-trust.nix;
}
