# Mirrors Home Manager's hyprland-multiple-devices-config test: a list of
# device sets gives one section per device, each with its name first.
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
      "$mod" = "SUPER";
      bezier = [ "smoothOut, 0.36, 0, 0.66, -0.56" ];
      bindm = [
        "$mod, mouse:272, movewindow"
        "$mod, mouse:273, resizewindow"
      ];
      device = [
        {
          name = "some:device";
          enable = true;
        }
        {
          name = "some:device-secondary";
          enable = true;
        }
      ];
      plugin.plugin1 = {
        dummy = "plugin setting";
        section.other = "dummy setting";
      };
    };
    extraConfig = ''
      submap = resize
      binde = , right, resizeactive, 10 0
      submap = reset
    '';
  };

  test.expected."home-files/.config/hypr/hyprland.conf" = ./multiple-devices-config.conf;
}
