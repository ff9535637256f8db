# Mirrors Home Manager's difftastic-legacy-diff-tool-mode: the boolean
# diffToolMode = true means mode "both", with a warning.
{ config, lib, ... }:
{
  home.stateVersion = "25.05";
  programs.difftastic = {
    enable = true;
    git = {
      enable = true;
      diffToolMode = true;
    };
    options = {
      color = "always";
      display = "side-by-side";
    };
  };
  programs.git.enable = true;

  home.file.warnings.text = builtins.replaceStrings [ (toString ./.) ] [ "<dir>" ] (
    lib.concatMapStrings (w: w + "\n") config.warnings
  );

  test.expected = {
    "home-files/.config/git/config" = ./with-git-both-expected.conf;
    "home-files/warnings" = ./legacy-diff-tool-mode-expected-warnings.txt;
  };
}
