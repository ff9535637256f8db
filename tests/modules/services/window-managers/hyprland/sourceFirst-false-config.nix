# Mirrors Home Manager's hyprland-sourceFirst-false-config test: without
# sourceFirst, `source` lines go among the other lists, in name order.
{
  wayland.windowManager.hyprland = {
    enable = true;
    settings = {
      source = [ "sourced.conf" ];

      bezier = [
        "smoothOut, 0.36, 0, 0.66, -0.56"
        "smoothIn, 0.25, 1, 0.5, 1"
        "overshot, 0.4,0.8,0.2,1.2"
      ];

      input = {
        kb_layout = "ro";
        follow_mouse = 1;
        accel_profile = "flat";
        touchpad.scroll_factor = 0.3;
      };
    };
    sourceFirst = false;
  };

  test.expected."home-files/.config/hypr/hyprland.conf" = ./sourceFirst-false-config.conf;
}
