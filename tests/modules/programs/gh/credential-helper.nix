# gh answers git's credential requests for each listed host.
{
  programs.gh = {
    enable = true;
    gitCredentialHelper.hosts = [
      "https://github.com"
      "https://github.example.com"
    ];
  };
  programs.git.enable = true;

  test.expected."home-files/.config/git/config" = ./credential-helper-expected.conf;
}
