# services.blueman-applet: Blueman's Bluetooth tray applet as a user
# service started by the session targets, after the tray (services/tray.nix;
# Blueman picks an SNI or XEmbed icon itself). The system must run BlueZ
# and Blueman's D-Bus mechanism (on NixOS, services.blueman.enable).
#
# Checked against Home Manager's module (it has no tests of this module).
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.services.blueman-applet;
  tray = config.lib.tray.targets.main;
in
{
  options.services.blueman-applet = {
    enable = lib.mkEnableOption "" // {
      description = ''
        Whether to run Blueman's Bluetooth applet. It needs Blueman's
        system-wide D-Bus service (on NixOS, `services.blueman.enable`).
      '';
    };

    package = lib.mkPackageOption pkgs "blueman" { };

    systemdTargets = lib.mkOption {
      type = lib.types.listOf lib.types.str;
      default = [ "graphical-session.target" ];
      example = [ "sway-session.target" ];
      description = ''
        User targets that start the applet. A compositor's session target is
        only reached when its module's systemd integration is on.
      '';
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [ (lib.hm.assertions.assertPlatform "services.blueman-applet" pkgs lib.platforms.linux) ];

    services.tray.appletsEnabled = true;

    systemd.user.services.blueman-applet = {
      Unit = {
        Description = "Blueman applet";
        Requires = [ tray ];
        After = cfg.systemdTargets ++ [ tray ];
        PartOf = cfg.systemdTargets;
      };
      Service.ExecStart = "${cfg.package}/bin/blueman-applet";
      Install.WantedBy = cfg.systemdTargets;
    };
  };
}
