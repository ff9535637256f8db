# services.borgmatic: a systemd user timer (hourly by default)
# that runs borgmatic through a oneshot service at low CPU and I/O
# priority, only on AC power, after a three-minute delay, holding off
# sleep and shutdown while it runs. The program comes from
# programs.borgmatic.package. Linux only.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.services.borgmatic;
  borgmatic = config.programs.borgmatic.package;
in
{
  options.services.borgmatic = {
    enable = lib.mkEnableOption "Borgmatic service";

    frequency = lib.mkOption {
      type = lib.types.str;
      default = "hourly";
      description = ''
        When the backup runs, as a systemd calendar event (the timer's
        `OnCalendar=`; see {manpage}`systemd.time(7)`).
      '';
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [ (lib.hm.assertions.assertPlatform "services.borgmatic" pkgs lib.platforms.linux) ];

    systemd.user.services.borgmatic = {
      Unit = {
        Description = "borgmatic backup";
        ConditionACPower = true;
      };
      Service = {
        Type = "oneshot";
        Nice = 19;
        IOSchedulingClass = "best-effort";
        IOSchedulingPriority = 7;
        IOWeight = 100;
        Restart = "no";
        LogRateLimitIntervalSec = 0;
        # Keeps backups out of the busy minutes after boot.
        ExecStartPre = "${pkgs.coreutils}/bin/sleep 3m";
        ExecStart = ''
          ${pkgs.systemd}/bin/systemd-inhibit \
            --who="borgmatic" \
            --what="sleep:shutdown" \
            --why="Prevent interrupting scheduled backup" \
            ${borgmatic}/bin/borgmatic \
              --stats \
              --verbosity -1 \
              --list \
              --syslog-verbosity 1
        '';
      };
    };

    systemd.user.timers.borgmatic = {
      Unit.Description = "Run borgmatic backup";
      Timer = {
        OnCalendar = cfg.frequency;
        Persistent = true;
        RandomizedDelaySec = "10m";
      };
      Install.WantedBy = [ "timers.target" ];
    };
  };
}
