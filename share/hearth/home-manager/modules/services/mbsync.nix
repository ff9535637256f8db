# services.mbsync: a systemd user timer running `mbsync --all` (with the
# configuration programs.mbsync writes, or another file) now and then,
# with optional commands before and after each run.
#
# Checked against Home Manager's module (it has no tests for this service).
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.services.mbsync;

  description = "mbsync mailbox synchronization";

  arguments = [
    "--all"
  ]
  ++ lib.optional cfg.verbose "--verbose"
  ++ lib.optional (cfg.configFile != null) "--config ${cfg.configFile}";
in
{
  options.services.mbsync = {
    enable = lib.mkEnableOption "mbsync";

    package = lib.mkPackageOption pkgs "isync" { };

    frequency = mkOption {
      type = types.str;
      default = "*:0/5";
      description = "When to sync, as systemd's OnCalendar= reads it (see systemd.time(7)).";
    };

    verbose = mkOption {
      type = types.bool;
      default = true;
      description = "Whether mbsync reports what it does (in the journal).";
    };

    configFile = mkOption {
      type = types.nullOr types.path;
      default = null;
      description = "The configuration mbsync reads, `null` for its default file.";
    };

    preExec = mkOption {
      type = types.nullOr types.str;
      default = null;
      example = "mkdir -p %h/mail";
      description = "A command run before each sync.";
    };

    postExec = mkOption {
      type = types.nullOr types.str;
      default = null;
      example = "\${pkgs.notmuch}/bin/notmuch new";
      description = "A command run after each sync.";
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [
      (lib.hm.assertions.assertPlatform "services.mbsync" pkgs lib.platforms.linux)
    ];

    systemd.user.services.mbsync = {
      Unit.Description = description;
      Service = {
        Type = "oneshot";
        ExecStart = "${cfg.package}/bin/mbsync ${lib.concatStringsSep " " arguments}";
      }
      // lib.optionalAttrs (cfg.preExec != null) { ExecStartPre = cfg.preExec; }
      // lib.optionalAttrs (cfg.postExec != null) { ExecStartPost = cfg.postExec; };
    };

    systemd.user.timers.mbsync = {
      Unit.Description = description;
      Timer = {
        OnCalendar = cfg.frequency;
        Unit = "mbsync.service";
      };
      Install.WantedBy = [ "timers.target" ];
    };
  };
}
