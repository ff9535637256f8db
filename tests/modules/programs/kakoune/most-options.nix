# Hearth's own case (Home Manager has no test of these settings): the
# typed settings, user modes, mappings and hooks, in kakrc's fixed order,
# with the blanks Home Manager leaves where an optional part is unset.
{ pkgs, ... }:
{
  programs.kakoune = {
    enable = true;
    package = pkgs.runCommand "kakoune" { } "";
    defaultEditor = true;
    colorSchemePackage = pkgs.runCommand "kakoune-theme" { } "";
    config = {
      colorScheme = "gruvbox";
      tabStop = 8;
      indentWidth = 2;
      incrementalSearch = false;
      alignWithTabs = true;
      autoInfo = [
        "command"
        "normal"
      ];
      autoComplete = [ "insert" ];
      autoReload = "yes";
      wrapLines = {
        enable = true;
        word = true;
        indent = true;
        marker = "⏎";
        maxWidth = 100;
      };
      numberLines = {
        enable = true;
        relative = true;
        highlightCursor = true;
        separator = "'|'";
      };
      showMatching = true;
      scrollOff = {
        lines = 3;
        columns = 5;
      };
      ui = {
        setTitle = true;
        statusLine = "top";
        assistant = "none";
        wheelUpButton = "4";
      };
      keyMappings = [
        {
          mode = "normal";
          key = "<c-p>";
          effect = ":fzf<ret>";
        }
        {
          mode = "window";
          key = "v";
          effect = ":split<ret>";
          docstring = "split";
        }
        {
          mode = "window";
          key = "s";
          effect = ":vsplit<ret>";
        }
      ];
      hooks = [
        {
          name = "WinSetOption";
          option = "filetype=python";
          commands = "set-option window indentwidth 4";
        }
        {
          name = "BufWritePost";
          group = "fmt";
          once = true;
          commands = "format";
        }
      ];
    };
    extraConfig = ''
      echo loaded
    '';
  };

  test.expected."home-files/.config/kak/kakrc" = ./most-options-expected.kak;
}
