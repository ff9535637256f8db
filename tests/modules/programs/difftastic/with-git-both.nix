# Mirrors Home Manager's difftastic-with-git-both: external diff and
# difftool, options as quoted `--name=value` words.
{
  home.stateVersion = "25.05";
  programs.difftastic = {
    enable = true;
    git = {
      enable = true;
      mode = "both";
    };
    options = {
      color = "always";
      display = "side-by-side";
    };
  };
  programs.git.enable = true;

  test.expected."home-files/.config/git/config" = ./with-git-both-expected.conf;
}
