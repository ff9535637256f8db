{
  msmtp-username-fallback = ./username-fallback.nix;
  msmtp-protocol-usernames = ./protocol-usernames.nix;
  msmtp-account-order = ./account-order.nix;
  msmtp-unknown-account = ./unknown-account.nix;
  msmtp-fixture-accounts = ./fixture-accounts.nix;
}
