# diff.conf from settings, bindings and extra lines; quick-access-terminal
# settings; a theme file and automatic themes from a kitty-themes package,
# each checked when activating; git integration.
# (kitty-themes is a stub here: Debian 12 has none.)
{ config, lib, pkgs, ... }:
{

  programs.kitty = {
    enable = true;
    shellIntegration.mode = "no-cursor";
    themeFile = "SpaceGray_Eighties";
    autoThemeFiles = {
      light = "GitHub";
      dark = "TokyoNight";
      noPreference = "OneDark";
    };
    quickAccessTerminalConfig = {
      start_as_hidden = false;
      background_opacity = 0.85;
    };
    diffConfig = {
      settings = {
        diff_cmd = "auto";
        mark_moved_lines = true;
      };
      keybindings = {
        q = "quit";
        j = "scroll_by 1";
      };
      extraConfig = "map k scroll_by -1";
    };
    mouseBindings."left click" = "ungrabbed no-op";
    enableGitIntegration = true;
  };
  programs.git.enable = true;

  test.expected = {
    "home-files/.config/kitty/kitty.conf" = ./diff-and-themes-expected.conf;
    "home-files/.config/kitty/diff.conf" = ./diff-and-themes-expected-diff.conf;
    "home-files/.config/kitty/quick-access-terminal.conf" = ./diff-and-themes-expected-quick.conf;
    "home-files/.config/kitty/dark-theme.auto.conf" = ./diff-and-themes-expected-dark.conf;
    "home-files/.config/git/config" = ./diff-and-themes-expected-git.conf;
    "activation/checkKittyTheme" = ./diff-and-themes-expected-check.sh;
  };
}
