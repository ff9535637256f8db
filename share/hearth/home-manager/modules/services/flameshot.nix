# services.flameshot: the Flameshot screenshot tool kept running in the
# tray by a systemd user service, and its flameshot.ini from `settings`.
# Linux only (no launchd agent).
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.services.flameshot;

  iniFormat = pkgs.formats.ini { };
  iniFile = iniFormat.generate "flameshot.ini" cfg.settings;
  hasSettings = cfg.settings != { };
in
{
  options.services.flameshot = {
    enable = lib.mkEnableOption "Flameshot";

    package = lib.mkPackageOption pkgs "flameshot" { };

    settings = lib.mkOption {
      inherit (iniFormat) type;
      default = { };
      example = {
        General = {
          disabledTrayIcon = true;
          showStartupLaunchMessage = false;
        };
      };
      description = ''
        Sections of {file}`~/.config/flameshot/flameshot.ini` (see
        flameshot.example.ini in Flameshot's sources); nothing is written
        when empty, leaving the file to Flameshot's own settings dialog.
      '';
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [ (lib.hm.assertions.assertPlatform "services.flameshot" pkgs lib.platforms.linux) ];

    home.packages = [ cfg.package ];

    xdg.configFile."flameshot/flameshot.ini" = lib.mkIf hasSettings { source = iniFile; };

    systemd.user.services.flameshot = {
      Unit = {
        Description = "Flameshot screenshot tool";
        Requires = [ "tray.target" ];
        After = [
          "graphical-session.target"
          "tray.target"
        ];
        PartOf = [ "graphical-session.target" ];
        # Flameshot reads its settings only when it starts.
        X-Restart-Triggers = lib.mkIf hasSettings [ "${iniFile}" ];
      };
      Service = {
        # Flameshot runs other programs (its "open with" and upload hooks).
        Environment = [ "PATH=${config.home.profileDirectory}/bin" ];
        ExecStart = "${cfg.package}/bin/flameshot";
        Restart = "on-abort";
        LockPersonality = true;
        MemoryDenyWriteExecute = true;
        NoNewPrivileges = true;
        PrivateUsers = true;
        RestrictNamespaces = true;
        SystemCallArchitectures = "native";
        SystemCallFilter = "@system-service";
      };
      Install.WantedBy = [ "graphical-session.target" ];
    };
  };
}
