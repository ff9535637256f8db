# Mirrors Home Manager's delta git-integration (whose tests run at a state
# version without signing defaults): delta as pager and diff filter.
{
  home.stateVersion = "25.05";
  programs.delta = {
    enable = true;
    enableGitIntegration = true;
  };
  programs.git.enable = true;

  test.expected."home-files/.config/git/config" = ./git-integration-expected.conf;
}
