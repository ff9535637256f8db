# Defaults only: the layout of every file with nothing configured.
{
  programs.bash.enable = true;

  test.expected = {
    "home-files/.bashrc" = ./basic-expected.bashrc;
    "home-files/.profile" = ./basic-expected.profile;
    "home-files/.bash_profile" = ./basic-expected.bash_profile;
  };
}
