# Submaps (Home Manager's `submaps`, rendered as its hyprlang renderer
# does): each between `submap = <name>` (with its onDispatch) and
# `submap = reset`, after the settings and before extraConfig; entries that
# are not strings, and submaps left empty, are not written.
{
  wayland.windowManager.hyprland = {
    enable = true;
    systemd.enable = false;
    settings.bind = [ "SUPER, R, submap, resize" ];
    submaps = {
      resize.settings = {
        binde = [
          ", right, resizeactive, 10 0"
          ", left, resizeactive, -10 0"
        ];
        bind = [ ", escape, submap, reset" ];
      };
      once = {
        onDispatch = "reset";
        settings.bind = [
          ", f, fullscreen"
          { dispatcher = "fullscreen"; }
        ];
      };
      structured.settings.bind = [ { dispatcher = "exec"; } ];
    };
    extraConfig = ''
      # the end
    '';
  };

  test.expected."home-files/.config/hypr/hyprland.conf" = ./submaps-config.conf;
}
