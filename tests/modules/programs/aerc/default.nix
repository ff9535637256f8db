{
  aerc-accounts = ./accounts.nix;
  aerc-settings = ./settings.nix;
}
