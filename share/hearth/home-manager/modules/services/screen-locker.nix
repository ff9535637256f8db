# services.screen-locker: locks the X session through xss-lock, which runs
# `lockCmd` when logind asks for a lock (loginctl lock-session, suspend).
# Idle locking is xautolock's, which asks logind after `inactiveInterval`
# minutes, or else the X server's screensaver timeout, set with xset
# before xss-lock starts. Two graphical-session user services.
#
# Checked against Home Manager's module and tests.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.services.screen-locker;

  moved = old: new: lib.mkRenamedOptionModule [ "services" "screen-locker" old ] ([ "services" "screen-locker" ] ++ new);

  sessionUnit = description: {
    Description = description;
    After = [ "graphical-session.target" ];
    PartOf = [ "graphical-session.target" ];
  };
in
{
  imports = [
    (moved "xssLockExtraOptions" [ "xss-lock" "extraOptions" ])
    (moved "xautolockExtraOptions" [ "xautolock" "extraOptions" ])
    (moved "enableDetectSleep" [ "xautolock" "detectSleep" ])
  ];

  options.services.screen-locker = {
    enable = lib.mkEnableOption "locking the X session";

    lockCmd = mkOption {
      type = types.str;
      example = lib.literalExpression ''"''${pkgs.i3lock}/bin/i3lock -n -c 000000"'';
      description = "Command that locks the screen; it must not fork (i3lock -n).";
    };

    lockCmdEnv = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [ "XSECURELOCK_PAM_SERVICE=xsecurelock" ];
      description = "Variables (`NAME=value`) set for the lock command, in xss-lock's unit.";
    };

    inactiveInterval = mkOption {
      type = types.int;
      default = 10;
      description = ''
        Idle minutes before the session locks (1 to 60 with xautolock).
        Without xautolock it is the X server's screensaver timeout.
      '';
    };

    xautolock = {
      enable = mkOption {
        type = types.bool;
        default = true;
        description = "Lock after `inactiveInterval` idle minutes with xautolock, rather than the X screensaver.";
      };

      package = lib.mkPackageOption pkgs "xautolock" { };

      detectSleep = mkOption {
        type = types.bool;
        default = true;
        description = ''
          Pass `-detectsleep`, so that xautolock does not lock right after
          the machine wakes up (its idle time includes the sleep).
        '';
      };

      extraOptions = mkOption {
        type = types.listOf types.str;
        default = [ ];
        description = "More arguments for {command}`xautolock`.";
      };
    };

    xss-lock = {
      package = lib.mkPackageOption pkgs "xss-lock" { };

      extraOptions = mkOption {
        type = types.listOf types.str;
        default = [ ];
        description = "More arguments for {command}`xss-lock`, before the lock command.";
      };

      screensaverCycle = mkOption {
        type = types.int;
        default = 600;
        description = "The X screensaver's cycle in seconds, given to xset with the timeout when xautolock is off.";
      };
    };
  };

  config = lib.mkIf cfg.enable (
    lib.mkMerge [
      {
        assertions = [ (lib.hm.assertions.assertPlatform "services.screen-locker" pkgs lib.platforms.linux) ];

        systemd.user.services.xss-lock = {
          Unit = sessionUnit "xss-lock, session locker service";
          Service = {
            # systemd expands ${XDG_SESSION_ID} from the imported session
            # environment.
            ExecStart = lib.concatStringsSep " " (
              [
                "${cfg.xss-lock.package}/bin/xss-lock"
                "-s \${XDG_SESSION_ID}"
              ]
              ++ cfg.xss-lock.extraOptions
              ++ [ "-- ${cfg.lockCmd}" ]
            );
            Environment = cfg.lockCmdEnv;
            Restart = "always";
          };
          Install.WantedBy = [ "graphical-session.target" ];
        };
      }

      (lib.mkIf (!cfg.xautolock.enable) {
        systemd.user.services.xss-lock.Service.ExecStartPre = "${pkgs.xorg.xset}/bin/xset s ${toString (cfg.inactiveInterval * 60)} ${toString cfg.xss-lock.screensaverCycle}";
      })

      (lib.mkIf cfg.xautolock.enable {
        systemd.user.services.xautolock-session = {
          Unit = sessionUnit "xautolock, session locker service";
          Service = {
            ExecStart = lib.concatStringsSep " " (
              [
                "${cfg.xautolock.package}/bin/xautolock"
                "-time ${toString cfg.inactiveInterval}"
                "-locker '${pkgs.systemd}/bin/loginctl lock-session \${XDG_SESSION_ID}'"
              ]
              ++ lib.optional cfg.xautolock.detectSleep "-detectsleep"
              ++ cfg.xautolock.extraOptions
            );
            Restart = "always";
          };
          Install.WantedBy = [ "graphical-session.target" ];
        };
      })
    ]
  );
}
