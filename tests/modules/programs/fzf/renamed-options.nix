# The flat widget options still work, each with a warning.
{ config, lib, ... }:
{
  programs.fzf = {
    enable = true;
    fileWidgetCommand = "fd --type f";
    fileWidgetOptions = [ "--preview 'head {}'" ];
    changeDirWidgetCommand = "fd --type d";
    changeDirWidgetOptions = [ "--preview 'tree -C {} | head -200'" ];
    historyWidgetOptions = [
      "--sort"
      "--exact"
    ];
  };

  home.file.warnings.text = builtins.replaceStrings [ (toString ./.) ] [ "<dir>" ] (
    lib.concatMapStrings (w: w + "\n") config.warnings
  );

  test.expected = {
    "home-path/etc/profile.d/hm-session-vars.sh" = ./renamed-options-expected-vars.sh;
    "home-files/warnings" = ./renamed-options-expected-warnings.txt;
  };
}
