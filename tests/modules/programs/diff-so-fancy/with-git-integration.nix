# Mirrors Home Manager's diff-so-fancy-with-git-integration: the pager
# through less, the patch filter, and the settings section.
{
  home.stateVersion = "25.05";
  programs.diff-so-fancy = {
    enable = true;
    enableGitIntegration = true;
    settings = {
      markEmptyLines = false;
      changeHunkIndicators = true;
      stripLeadingSymbols = false;
    };
  };
  programs.git.enable = true;

  test.expected."home-files/.config/git/config" = ./with-git-integration-expected.conf;
}
