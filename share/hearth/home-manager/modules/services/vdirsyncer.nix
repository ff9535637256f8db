# services.vdirsyncer: a systemd user service that runs `vdirsyncer
# metasync` then `vdirsyncer sync`, and a timer that starts it on a
# calendar schedule, as Home Manager writes them.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.services.vdirsyncer;

  # Kept as one string even when empty, so the command line reads as
  # Home Manager's (two spaces before the subcommand).
  flags = lib.concatStringsSep " " (
    lib.optional (cfg.verbosity != null) "--verbosity ${cfg.verbosity}"
    ++ lib.optional (cfg.configFile != null) "--config ${cfg.configFile}"
  );

  run = subcommand: "${cfg.package}/bin/vdirsyncer ${flags} ${subcommand}";

  description = "vdirsyncer calendar&contacts synchronization";
in
{
  options.services.vdirsyncer = {
    enable = lib.mkEnableOption "vdirsyncer";

    package = lib.mkPackageOption pkgs "vdirsyncer" { };

    frequency = mkOption {
      type = types.str;
      default = "*:0/5";
      description = "When to sync, as a systemd calendar event (`OnCalendar=`, see systemd.time(7)).";
    };

    verbosity = mkOption {
      type = types.nullOr (
        types.enum [
          "CRITICAL"
          "ERROR"
          "WARNING"
          "INFO"
          "DEBUG"
        ]
      );
      default = null;
      description = "The log level passed as `--verbosity`; `null` for vdirsyncer's own.";
    };

    configFile = mkOption {
      type = types.nullOr types.path;
      default = null;
      description = "A config file passed as `--config` instead of $XDG_CONFIG_HOME/vdirsyncer/config.";
    };
  };

  config = lib.mkIf cfg.enable {
    systemd.user.services.vdirsyncer = {
      Unit = {
        Description = description;
        # A sync in progress is left alone when the configuration switches.
        X-SwitchMethod = "keep-old";
      };
      Service = {
        Type = "oneshot";
        ExecStart = [
          (run "metasync")
          (run "sync")
        ];
      };
    };

    systemd.user.timers.vdirsyncer = {
      Unit.Description = description;
      Timer = {
        OnCalendar = cfg.frequency;
        Unit = "vdirsyncer.service";
      };
      Install.WantedBy = [ "timers.target" ];
    };
  };
}
