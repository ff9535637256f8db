# services.poweralertd: notifications about power supply and battery
# changes, from UPower's events, as a graphical-session user service.
# Debian 12 does not package poweralertd: there `package` must be given.
#
# UNVERIFIED: written when Home Manager's module and tests could not be read
# (the session's lookup budget was spent); options and output follow a
# recollection of them. The cases in tests/modules pin this file's own
# output until they are checked against Home Manager's tests.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.services.poweralertd;
in
{
  options.services.poweralertd = {
    enable = lib.mkEnableOption "poweralertd, power and battery notifications from UPower";

    package = lib.mkPackageOption pkgs "poweralertd" { };

    extraArgs = lib.mkOption {
      type = lib.types.listOf lib.types.str;
      default = [ ];
      example = [
        "-s"
        "-S"
      ];
      description = "Arguments for {command}`poweralertd` (see {manpage}`poweralertd(1)`).";
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [ (lib.hm.assertions.assertPlatform "services.poweralertd" pkgs lib.platforms.linux) ];

    systemd.user.services.poweralertd = {
      Unit = {
        Description = "UPower-powered power alerter";
        Documentation = "man:poweralertd(1)";
        PartOf = [ "graphical-session.target" ];
        After = [ "graphical-session.target" ];
      };
      Service = {
        Type = "simple";
        ExecStart = "${cfg.package}/bin/poweralertd ${lib.escapeShellArgs cfg.extraArgs}";
        Restart = "always";
      };
      Install.WantedBy = [ "graphical-session.target" ];
    };
  };
}
