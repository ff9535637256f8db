# services.mpris-proxy: BlueZ's mpris-proxy, which lets a Bluetooth
# headset's media buttons drive MPRIS players, as a user service that runs
# while the user manager's bluetooth.target is up (a Bluetooth device is
# there).
#
# Checked against Home Manager's module (it has no tests for it); `package`
# is Hearth's own.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.services.mpris-proxy;
in
{
  options.services.mpris-proxy = {
    enable = lib.mkEnableOption "mpris-proxy, forwarding Bluetooth media controls to MPRIS players";

    package = lib.mkPackageOption pkgs "bluez" { };
  };

  config = lib.mkIf cfg.enable {
    assertions = [ (lib.hm.assertions.assertPlatform "services.mpris-proxy" pkgs lib.platforms.linux) ];

    systemd.user.services.mpris-proxy = {
      Unit = {
        Description = "Proxy forwarding Bluetooth MIDI controls via MPRIS2 to control media players";
        BindsTo = [ "bluetooth.target" ];
        After = [ "bluetooth.target" ];
      };
      Service = {
        Type = "simple";
        ExecStart = "${cfg.package}/bin/mpris-proxy";
      };
      Install.WantedBy = [ "bluetooth.target" ];
    };
  };
}
