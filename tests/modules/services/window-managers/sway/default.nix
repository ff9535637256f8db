# Cases mirroring Home Manager's sway tests (each file names its test).
# Home Manager's stub dbus is a store path (its hash zeroed); ours is the
# placeholder @dbus@, so the systemd line spells the path that way.
{
  sway-bar-focused-colors = ./sway-bar-focused-colors.nix;
  sway-bindkeys-to-code-and-extra-config = ./sway-bindkeys-to-code-and-extra-config.nix;
  sway-bindswitches = ./sway-bindswitches.nix;
  sway-default = ./sway-default.nix;
  sway-extra-config = ./sway-extra-config.nix;
  sway-followmouse-legacy = ./sway-followmouse-legacy.nix;
  sway-followmouse = ./sway-followmouse.nix;
  sway-modules = ./sway-modules.nix;
  sway-no-xwayland = ./sway-no-xwayland.nix;
  sway-null-config = ./sway-null-config.nix;
  sway-null-package = ./sway-null-package.nix;
  sway-post-2003 = ./sway-post-2003.nix;
  sway-settings = ./sway-settings.nix;
  sway-systemd-autostart = ./sway-systemd-autostart.nix;
  sway-systemd-variables = ./sway-systemd-variables.nix;
  sway-workspace-default = ./sway-workspace-default.nix;
  sway-workspace-output = ./sway-workspace-output.nix;
  sway-wrapper = ./sway-wrapper.nix;
}
