# Mirrors Home Manager's hyprland-simple-config test: plugins (a path and a
# package), variables, beziers and sources first, sections and lists in
# name order, a device, plugin settings, then extraConfig; and the
# session target.
{ pkgs, ... }:

{
  wayland.windowManager.hyprland = {
    enable = true;
    plugins = [
      "/path/to/plugin1"
      ((pkgs.runCommand "foo" { } "") // { pname = "foo"; })
    ];
    settings = {
      source = [ "sourced.conf" ];

      decoration = {
        shadow_offset = "0 5";
        "col.shadow" = "rgba(00000099)";
      };

      "$mod" = "SUPER";

      animations = {
        enabled = true;
        animation = [
          "border, 1, 2, smoothIn"
          "fade, 1, 4, smoothOut"
          "windows, 1, 3, overshot, popin 80%"
        ];
      };

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

      bindm = [
        "$mod, mouse:272, movewindow"
        "$mod, mouse:273, resizewindow"
        "$mod ALT, mouse:272, resizewindow"
      ];

      device = {
        name = "some:device";
        enable = true;
      };

      plugin.plugin1 = {
        dummy = "plugin setting";
        section.other = "dummy setting";
      };
    };
    extraConfig = ''
      # window resize
      bind = $mod, S, submap, resize

      submap = resize
      binde = , right, resizeactive, 10 0
      binde = , left, resizeactive, -10 0
      binde = , up, resizeactive, 0 -10
      binde = , down, resizeactive, 0 10
      bind = , escape, submap, reset
      submap = reset
    '';
  };

  test.expected = {
    "home-files/.config/hypr/hyprland.conf" = ./simple-config.conf;
    "home-files/.config/systemd/user/hyprland-session.target" = ./hyprland-session.target;
    "activation/onFilesChange" = ./simple-config-on-change.sh;
  };
}
