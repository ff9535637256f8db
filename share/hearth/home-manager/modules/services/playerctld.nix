# services.playerctld: playerctl's daemon, which tracks the most recently
# active MPRIS player so `playerctl` commands go to it, as a systemd user
# service started with the session. Linux only.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.services.playerctld;
in
{
  options.services.playerctld = {
    enable = lib.mkEnableOption "playerctld, the MPRIS player tracking daemon";

    package = lib.mkPackageOption pkgs "playerctl" { };
  };

  config = lib.mkIf cfg.enable {
    assertions = [ (lib.hm.assertions.assertPlatform "services.playerctld" pkgs lib.platforms.linux) ];

    systemd.user.services.playerctld = {
      Unit.Description = "MPRIS media player daemon";
      Service = {
        ExecStart = "${cfg.package}/bin/playerctld";
        # Ready once it owns its bus name.
        Type = "dbus";
        BusName = "org.mpris.MediaPlayer2.playerctld";
      };
      Install.WantedBy = [ "default.target" ];
    };
  };
}
