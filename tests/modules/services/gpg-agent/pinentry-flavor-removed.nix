# pinentryFlavor is gone; setting it fails with the pointer to its
# replacement.
{
  programs.gpg.enable = true;
  services.gpg-agent = {
    enable = true;
    pinentryFlavor = "curses";
  };

  test.expected."home-files/.gnupg/gpg-agent.conf" = ./defaults-expected.conf;
}
