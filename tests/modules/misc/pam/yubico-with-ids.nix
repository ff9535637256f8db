# Home Manager's pam-yubico-with-ids: the user, then each id, colon-separated.
{
  pam.yubico.authorizedYubiKeys.ids = [
    "abcdefghijkl"
    "012345678912"
  ];

  test.expected."home-files/.yubico/authorized_yubikeys" = ./yubico-with-ids-expected.txt;
}
