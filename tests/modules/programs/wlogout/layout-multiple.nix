# Home Manager's wlogout-layout-multiple test: one line per button, with
# the sizes and roundness only where given. Home Manager's expected file
# (as stored) has no final newline, but its module writes one after every
# line, and so does this one.
{
  home.stateVersion = "22.11";

  programs.wlogout = {
    enable = true;
    package = {
      type = "derivation";
      name = "wlogout";
      outPath = "@wlogout@";
    };
    layout = [
      {
        label = "shutdown";
        action = "systemctl poweroff";
        text = "Shutdown";
        keybind = "s";
      }
      {
        label = "hibernate";
        action = "systemctl hibernate";
        text = "Hibernate";
        keybind = "h";
        height = 0.5;
        width = 0.5;
      }
      {
        label = "suspend";
        action = "systemctl suspend";
        text = "Suspend";
        keybind = "u";
        circular = true;
      }
      {
        label = "exit";
        action = "swaymsg exit";
        text = "Exit";
        keybind = "e";
      }
      {
        label = "reboot";
        action = "systemctl reboot";
        text = "Reboot";
        keybind = "r";
      }
      {
        label = "lock";
        action = "gtklock";
        text = "Lock";
        keybind = "l";
      }
    ];
  };

  test.expected."home-files/.config/wlogout/layout" = ./layout-multiple-expected.json;
}
