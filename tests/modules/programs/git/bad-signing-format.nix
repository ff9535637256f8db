# Only the three formats git knows are accepted.
{
  programs.git = {
    enable = true;
    signing.format = "pgp";
  };

  test.expected."home-files/.config/git/config" = ./defaults-expected.conf;
}
