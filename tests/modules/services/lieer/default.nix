{
  lieer-service = ./lieer-service.nix;
  lieer-account-without-notmuch = ./account-without-notmuch.nix;
}
