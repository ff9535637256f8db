# Plugins are linked under ~/.zsh/plugins, put on path and fpath (their
# function directories too) before compinit and sourced after it; the old
# `completions` name still works, with a warning.
{ config, lib, pkgs, ... }:
{
  programs.zsh = {
    enable = true;
    dotDir = config.home.homeDirectory;
    plugins = [
      {
        name = "fzf-tab";
        src = pkgs.runCommand "fzf-tab-src" { } "";
      }
      {
        name = "wd";
        src = pkgs.runCommand "zsh-wd" { } "";
        file = "share/wd/wd.plugin.zsh";
        completions = [ "share/zsh/site-functions" ];
      }
    ];
  };

  home.file.plugin-links.text = builtins.toJSON (
    map (f: f.target) (builtins.filter (f: lib.hasInfix "plugins/" f.target) (builtins.attrValues config.home.file))
  );
  home.file.warnings.text = builtins.replaceStrings [ (toString ./.) ] [ "<dir>" ] (
    lib.concatMapStrings (w: w + "\n") config.warnings
  );

  test.expected = {
    "home-files/.zshrc" = ./plugins-expected.zshrc;
    "home-files/plugin-links" = ./plugins-expected-links.json;
    "home-files/warnings" = ./plugins-expected-warnings.txt;
  };
}
