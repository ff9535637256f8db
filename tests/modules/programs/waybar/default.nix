{
  waybar-settings-complex = ./settings-complex.nix;
  waybar-settings-with-attrs = ./settings-with-attrs.nix;
  waybar-styling = ./styling.nix;
  waybar-systemd-with-graphical-session-target = ./systemd-with-graphical-session-target.nix;
  waybar-systemd-with-tray-target = ./systemd-with-tray-target.nix;
  waybar-deprecated-modules-option = ./deprecated-modules-option.nix;
}
