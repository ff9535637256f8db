# The two bars of Home Manager's waybar-settings-complex test, shared by
# the list and the attribute set cases. Module settings are nested under
# `modules`, which only configurations older than 22.05 may do.
{ }:

[
  {
    layer = "top";
    position = "top";
    spacing = 3;
    height = 30;
    output = [ "DP-1" ];
    modules-left = [
      "sway/workspaces"
      "sway/mode"
      "custom/my-module"
    ];
    modules-center = [ "sway/window" ];
    modules-right = [
      "idle_inhibitor"
      "pulseaudio"
      "network"
      "cpu"
      "memory"
      "backlight"
      "tray"
      "battery#bat1"
      "battery#bat2"
      "clock"
    ];

    modules = {
      "sway/workspaces" = {
        disable-scroll = true;
        all-outputs = true;
      };
      "sway/mode".tooltip = false;
      "sway/window".max-length = 120;
      idle_inhibitor.format = "{icon}";
      "custom/my-module" = {
        format = "hello from {}";
        exec = "@dummy@/bin/dummy";
      };
    };
  }
  {
    position = "bottom";
    output = [ "!DP-1" ];
    modules-left = [ "sway/mode" ];
    modules-center = [ "clock" ];
    modules."sway/mode".tooltip = true;
  }
]
