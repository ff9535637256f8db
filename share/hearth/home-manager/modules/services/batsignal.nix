# services.batsignal: a small daemon that warns (and can act) when the
# battery runs low, as a graphical-session user service. Debian 12 does not
# package batsignal: there `package` must be given.
#
# Checked against Home Manager's module (it has no tests of this module).
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
      description = "Arguments for {command}`batsignal`, each shell-quoted where it needs it.";
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [ (lib.hm.assertions.assertPlatform "services.batsignal" pkgs lib.platforms.linux) ];

    systemd.user.services.batsignal = {
      Unit = {
        Description = "batsignal - battery monitor daemon";
        After = [ "graphical-session-pre.target" ];
        PartOf = [ "graphical-session.target" ];
      };
      Service = {
        Type = "simple";
        ExecStart = "${lib.getExe cfg.package} ${lib.escapeShellArgs cfg.extraArgs}";
        Restart = "on-failure";
        RestartSec = 1;
      };
      Install.WantedBy = [ "graphical-session.target" ];
    };
  };
}
