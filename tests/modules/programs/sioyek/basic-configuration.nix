# Mirrors Home Manager's sioyek-basic-configuration: settings and keys in
# name order, a command with several keys on several lines, startup
# commands joined by ";".
{
  programs.sioyek = {
    enable = true;
    config = {
      dark_mode_background_color = "0.0 0.0 0.0";
      dark_mode_contrast = "0.8";
      startup_commands = [
        "toggle_visual_scroll"
        "toggle_dark_mode"
      ];
    };
    bindings = {
      move_up = "k";
      move_down = "j";
      move_left = "h";
      move_right = "l";
      screen_down = [
        "d"
        "<C-d>"
      ];
      screen_up = [
        "u"
        "<C-u>"
      ];
    };
  };

  test.expected = {
    "home-files/.config/sioyek/prefs_user.config" = ./basic-configuration-expected-prefs;
    "home-files/.config/sioyek/keys_user.config" = ./basic-configuration-expected-keys;
  };
}
