# Mirrors Home Manager's difftastic-with-git-external-diff: by default
# only diff.external, no difftool.
{
  home.stateVersion = "25.05";
  programs.difftastic = {
    enable = true;
    git.enable = true;
    options = {
      color = "always";
      display = "side-by-side";
    };
  };
  programs.git.enable = true;

  test.expected."home-files/.config/git/config" = ./with-git-external-diff-expected.conf;
}
