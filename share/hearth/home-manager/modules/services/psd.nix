# services.psd: profile-sync-daemon, which keeps browser profiles in tmpfs
# and writes them back to disk, as two systemd user services (psd, which
# syncs at start and unsyncs at stop, and psd-resync) and a timer running
# the resync periodically. Linux only.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.services.psd;

  psd = "${pkgs.profile-sync-daemon}/bin/profile-sync-daemon";

  # The tools psd's script calls, after whatever PATH the user manager has.
  path =
    "PATH=$PATH:"
    + lib.makeBinPath [
      pkgs.rsync
      pkgs.kmod
      pkgs.gawk
      pkgs.nettools
      pkgs.util-linux
      pkgs.profile-sync-daemon
    ];
in
{
  options.services.psd = {
    enable = lib.mkEnableOption "profile-sync-daemon, browser profiles kept in memory";

    resyncTimer = lib.mkOption {
      type = lib.types.str;
      default = "1h";
      example = "1h 30min";
      description = ''
        How long after the last sync the profiles are written back to disk,
        as a systemd time span ({manpage}`systemd.time(7)`; a bare number is
        seconds).
      '';
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [ (lib.hm.assertions.assertPlatform "services.psd" pkgs lib.platforms.linux) ];

    home.packages = [ pkgs.profile-sync-daemon ];

    systemd.user.services.psd = {
      Unit = {
        Description = "Profile-sync-daemon";
        Wants = [ "psd-resync.service" ];
        RequiresMountsFor = [ "/home/" ];
        After = "winbindd.service";
      };
      Service = {
        Type = "oneshot";
        RemainAfterExit = "yes";
        ExecStart = "${psd} startup";
        ExecStop = "${psd} unsync";
        # psd refuses some actions unless it knows systemd started it.
        Environment = [
          "LAUNCHED_BY_SYSTEMD=1"
          path
        ];
      };
      Install.WantedBy = [ "default.target" ];
    };

    systemd.user.services.psd-resync = {
      Unit = {
        Description = "Timed profile resync";
        After = [ "psd.service" ];
        Wants = [ "psd-resync.timer" ];
        PartOf = [ "psd.service" ];
      };
      Service = {
        Type = "oneshot";
        ExecStart = "${psd} resync";
        Environment = [ path ];
      };
      Install.WantedBy = [ "default.target" ];
    };

    systemd.user.timers.psd-resync = {
      Unit = {
        Description = "Timer for Profile-sync-daemon";
        PartOf = [
          "psd-resync.service"
          "psd.service"
        ];
      };
      Timer.OnUnitActiveSec = cfg.resyncTimer;
    };
  };
}
