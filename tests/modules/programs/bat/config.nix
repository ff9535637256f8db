# Values shell-quoted when they need it, lists repeated, true switches
# last; a theme from text and a syntax from a source folder, and the cache
# rebuild they call for.
{ config, pkgs, ... }:
{
  programs.bat = {
    enable = true;
    config = {
      theme = "TwoDark";
      pager = "less -FR";
      map-syntax = [
        "*.jenkinsfile:Groovy"
        "*.props:Java Properties"
      ];
      italic-text = true;
      paging = false;
    };
    themes.testtheme = ''
      This is a test theme.
    '';
    syntaxes.gleam = {
      src = pkgs.runCommand "sublime-gleam" { } "";
      file = "syntax/gleam.sublime-syntax";
    };
  };


  home.file.syntax-source.text =
    toString config.xdg.configFile."bat/syntaxes/gleam.sublime-syntax".source + "\n";

  test.expected = {
    "home-files/syntax-source" = ./config-expected-syntax-source.txt;
    "home-files/.config/bat/config" = ./config-expected.txt;
    "home-files/.config/bat/themes/testtheme.tmTheme" = ./config-expected.tmTheme;
    "activation/batCache" = ./config-expected-activation.sh;
  };
}
