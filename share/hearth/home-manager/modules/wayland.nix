# wayland.systemd.target: the one session target the Wayland services
# (bars, idle daemons, output managers, notifiers) are started with, so a
# compositor's own session target can replace graphical-session.target for
# all of them at once. Unlike Home Manager, which writes tray.target here,
# Hearth's tray targets come from services/tray.nix, when an applet asks.
{ lib, ... }:

{
  options.wayland.systemd.target = lib.mkOption {
    type = lib.types.str;
    default = "graphical-session.target";
    example = "sway-session.target";
    description = ''
      The systemd user target that starts the graphical Wayland services of
      this configuration, unless a service names its own. A compositor's
      session target (say `sway-session.target`) is only reached when its
      module's systemd integration is on.
    '';
  };
}
