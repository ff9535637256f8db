{
  pam-session-variables = ./session-variables.nix;
  pam-yubico-with-ids = ./yubico-with-ids.nix;
  pam-yubico-no-ids = ./yubico-no-ids.nix;
  pam-yubico-bad-id = ./yubico-bad-id.nix;
}
