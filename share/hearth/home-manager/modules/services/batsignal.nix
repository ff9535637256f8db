# services.batsignal: a small daemon that warns (and can act) when the
# battery runs low, as a graphical-session user service. Debian 12 does not
# package batsignal: there `package` must be given.
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
  cfg = config.services.batsignal;
in
{
  options.services.batsignal = {
    enable = lib.mkEnableOption "batsignal, a battery level monitor";

    package = lib.mkPackageOption pkgs "batsignal" { };

    extraArgs = lib.mkOption {
      type = lib.types.listOf lib.types.str;
      default = [ ];
      example = [
        "-w"
        "20"
        "-c"
        "10"
      ];
      description = "Arguments for {command}`batsignal`, joined with spaces.";
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [ (lib.hm.assertions.assertPlatform "services.batsignal" pkgs lib.platforms.linux) ];

    systemd.user.services.batsignal = {
      Unit = {
        Description = "batsignal - battery monitor daemon";
        After = [ "graphical-session.target" ];
        PartOf = [ "graphical-session.target" ];
      };
      Service = {
        Type = "simple";
        ExecStart = "${cfg.package}/bin/batsignal ${lib.concatStringsSep " " cfg.extraArgs}";
        Restart = "on-failure";
        RestartSec = 1;
      };
      Install.WantedBy = [ "graphical-session.target" ];
    };
  };
}
