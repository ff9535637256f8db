# services.autorandr: a oneshot systemd user service running
# `autorandr --change` when the graphical session starts, to apply the
# profile matching the connected outputs (profiles come from
# programs.autorandr). Linux only.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.services.autorandr;
in
{
  options.services.autorandr = {
    enable = lib.mkEnableOption "" // {
      description = ''
        Whether to run autorandr as a systemd user service at the start of
        the graphical session. The profiles are set with
        {option}`programs.autorandr`.
      '';
    };

    ignoreLid = lib.mkOption {
      type = lib.types.bool;
      default = false;
      description = "Whether outputs count as connected even when their lid is closed.";
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [ (lib.hm.assertions.assertPlatform "services.autorandr" pkgs lib.platforms.linux) ];

    systemd.user.services.autorandr = {
      Unit = {
        Description = "autorandr";
        After = [ "graphical-session-pre.target" ];
        PartOf = [ "graphical-session.target" ];
      };

      # Home Manager leaves a trailing blank after --change without the
      # lid flag; kept for identical units.
      Service = {
        Type = "oneshot";
        ExecStart = "${pkgs.autorandr}/bin/autorandr --change ${lib.optionalString cfg.ignoreLid "--ignore-lid"}";
      };

      Install.WantedBy = [ "graphical-session.target" ];
    };
  };
}
