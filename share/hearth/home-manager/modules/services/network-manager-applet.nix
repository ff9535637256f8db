# services.network-manager-applet: NetworkManager's tray applet (nm-applet)
# as a graphical-session user service. Its icon is an SNI one when the
# session prefers those (--indicator), else XEmbed; the unit waits for
# that tray (services/tray.nix). The system must run NetworkManager.
#
# Checked against Home Manager's module (it has no tests for it). Hearth
# differs on purpose in the tray units it names, and adds `package`.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.services.network-manager-applet;

  inherit (config.lib.tray) preferSni preferredTarget;
  sniDeps = kind: lib.optionals preferSni config.lib.tray."sniWatcher${kind}";
in
{
  options.services.network-manager-applet = {
    enable = lib.mkEnableOption "the NetworkManager tray applet (nm-applet)";

    package = lib.mkPackageOption pkgs "networkmanagerapplet" { };
  };

  config = lib.mkIf cfg.enable {
    assertions = [
      (lib.hm.assertions.assertPlatform "services.network-manager-applet" pkgs lib.platforms.linux)
    ];

    # The applet's icons, for the tray host and notifications to find.
    xdg.systemDirs.data = [ "${cfg.package}/share" ];

    services.tray.appletsEnabled = true;

    systemd.user.services.network-manager-applet = {
      Unit = {
        Description = "Network Manager applet";
        Requires = [ preferredTarget ] ++ sniDeps "Requires";
        Wants = sniDeps "Wants";
        After = [
          "graphical-session.target"
          preferredTarget
        ]
        ++ sniDeps "After";
        PartOf = [ "graphical-session.target" ];
      };
      Service.ExecStart = toString (
        [ "${cfg.package}/bin/nm-applet" ] ++ lib.optional preferSni "--indicator"
      );
      Install.WantedBy = [ "graphical-session.target" ];
    };
  };
}
