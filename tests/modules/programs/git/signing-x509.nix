# X.509 signing defaults to gpgsm; signByDefault = false is still written.
{
  programs.git = {
    enable = true;
    signing = {
      format = "x509";
      key = "0xDEADBEEF";
      signByDefault = false;
    };
  };

  test.expected."home-files/.config/git/config" = ./signing-x509-expected.conf;
}
