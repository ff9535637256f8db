# Home Manager's wlogout-layout-single test: one button, its unset
# settings left out. (Home Manager's stub package is a placeholder here.)
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
    ];
  };

  test.expected."home-files/.config/wlogout/layout" = ./layout-single-expected.json;
}
