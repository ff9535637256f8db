# Hearth's own case: a token id must be 12 characters long.
{
  pam.yubico.authorizedYubiKeys.ids = [ "short" ];

  test.expected."home-files/.yubico/authorized_yubikeys" = ./yubico-with-ids-expected.txt;
}
