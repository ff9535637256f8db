# services.cbatticon: a battery icon in the tray, as a graphical-session
# user service after the tray (services/tray.nix), its options on the
# command line and its commands as scripts, as Home Manager's module writes
# it.
#
# Checked against Home Manager's module (which has no tests); `package` is
# Hearth's addition, Home Manager runs pkgs.cbatticon itself.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.services.cbatticon;

  tray = config.lib.tray.targets.main;

  script = flag: text: lib.optional (text != null) "--${flag} ${pkgs.writeShellScript flag text}";

  valued = flag: value: lib.optional (value != null) "--${flag} ${toString value}";

  commandLine = lib.concatStringsSep " " (
    [ "${cfg.package}/bin/cbatticon" ]
    ++ script "command-critical-level" cfg.commandCriticalLevel
    ++ script "command-left-click" cfg.commandLeftClick
    ++ valued "icon-type" cfg.iconType
    ++ valued "low-level" cfg.lowLevelPercent
    ++ valued "critical-level" cfg.criticalLevelPercent
    ++ valued "update-interval" cfg.updateIntervalSeconds
    ++ lib.optional (cfg.hideNotification == true) "--hide-notification"
    ++ lib.optional (cfg.batteryId != null) cfg.batteryId
  );

  percent =
    example: what:
    mkOption {
      type = types.nullOr (types.ints.between 0 100);
      default = null;
      inherit example;
      description = "The ${what} battery level, in percent (a bare number).";
    };
in
{
  options.services.cbatticon = {
    enable = lib.mkEnableOption "cbatticon";

    package = lib.mkPackageOption pkgs "cbatticon" { };

    commandCriticalLevel = mkOption {
      type = types.nullOr types.lines;
      default = null;
      example = ''
        notify-send "battery critical!"
      '';
      description = "Shell commands run when the battery reaches the critical level.";
    };

    commandLeftClick = mkOption {
      type = types.nullOr types.lines;
      default = null;
      description = "Shell commands run on a left click on the icon.";
    };

    iconType = mkOption {
      type = types.nullOr (
        types.enum [
          "standard"
          "notification"
          "symbolic"
        ]
      );
      default = null;
      example = "symbolic";
      description = "Which kind of icon the tray shows.";
    };

    lowLevelPercent = percent 20 "low";

    criticalLevelPercent = percent 5 "critical";

    updateIntervalSeconds = mkOption {
      type = types.nullOr types.ints.positive;
      default = null;
      example = 5;
      description = "Seconds between reads of the battery state.";
    };

    hideNotification = mkOption {
      type = types.nullOr types.bool;
      default = null;
      description = "Show no notification pop-ups.";
    };

    batteryId = mkOption {
      type = types.nullOr types.str;
      default = null;
      description = ''
        The battery to watch, as {command}`cbatticon -p` lists them;
        `null` takes the first.
      '';
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [ (lib.hm.assertions.assertPlatform "services.cbatticon" pkgs lib.platforms.linux) ];

    home.packages = [ cfg.package ];

    services.tray.appletsEnabled = true;

    systemd.user.services.cbatticon = {
      Unit = {
        Description = "cbatticon system tray battery icon";
        Requires = [ tray ];
        After = [
          "graphical-session.target"
          tray
        ];
        PartOf = [ "graphical-session.target" ];
      };
      Service = {
        ExecStart = commandLine;
        Restart = "on-abort";
      };
      Install.WantedBy = [ "graphical-session.target" ];
    };
  };
}
