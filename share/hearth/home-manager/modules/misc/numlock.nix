# xsession.numlock: a oneshot systemd user service that turns Num Lock on
# (numlockx) when the graphical session starts. Linux only.
{
  config,
  lib,
  pkgs,
  ...
}:

{
  meta.maintainers = [ lib.maintainers.evanjs ];

  options.xsession.numlock.enable = lib.mkEnableOption "Num Lock";

  config = lib.mkIf config.xsession.numlock.enable {
    assertions = [ (lib.hm.assertions.assertPlatform "xsession.numlock" pkgs lib.platforms.linux) ];

    systemd.user.services.numlockx = {
      Unit = {
        Description = "NumLockX";
        After = [ "graphical-session-pre.target" ];
        PartOf = [ "graphical-session.target" ];
      };
      # Runs once; staying "active" keeps it from rerunning within the session.
      Service = {
        Type = "oneshot";
        RemainAfterExit = true;
        ExecStart = "${pkgs.numlockx}/bin/numlockx";
      };
      Install.WantedBy = [ "graphical-session.target" ];
    };
  };
}
