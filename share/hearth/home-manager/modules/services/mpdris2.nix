# services.mpdris2: mpDris2, which exposes an MPD server as an MPRIS2
# player on the session bus, as a systemd user service started with the
# session, and its settings in $XDG_CONFIG_HOME/mpDris2/mpDris2.conf. The
# MPD address, port and music directory follow services.mpd by default.
# Linux only.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.services.mpdris2;
  mpd = config.services.mpd;

  # mpDris2 reads its file with Python's configparser, which wants
  # booleans spelled True/False.
  iniValue = v: if lib.isBool v then (if v then "True" else "False") else toString v;

  confText = lib.generators.toINI { mkKeyValue = k: v: "${k} = ${iniValue v}"; } {
    Connection = {
      inherit (cfg.mpd) host port;
      music_dir = cfg.mpd.musicDirectory;
    }
    // lib.optionalAttrs (cfg.mpd.password != null) { inherit (cfg.mpd) password; };
    Bling = {
      notify = cfg.notifications;
      mmkeys = cfg.multimediaKeys;
    };
  };
in
{
  options.services.mpdris2 = {
    enable = lib.mkEnableOption "mpDris2, presenting MPD as an MPRIS2 media player";

    notifications = lib.mkEnableOption "a desktop notification on each song change";

    multimediaKeys = lib.mkEnableOption "control through the keyboard's media keys";

    package = lib.mkPackageOption pkgs "mpdris2" { };

    mpd = {
      host = mkOption {
        type = types.str;
        default = mpd.network.listenAddress;
        defaultText = "config.services.mpd.network.listenAddress";
        example = "192.168.1.1";
        description = "Address of the MPD server to connect to.";
      };

      port = mkOption {
        type = types.port;
        default = mpd.network.port;
        defaultText = "config.services.mpd.network.port";
        description = "TCP port of the MPD server.";
      };

      musicDirectory = mkOption {
        type = types.nullOr types.path;
        default = mpd.musicDirectory;
        defaultText = "config.services.mpd.musicDirectory";
        description = "MPD's music directory, where mpDris2 looks for cover art; `null` for none.";
      };

      password = mkOption {
        type = types.nullOr types.str;
        default = null;
        description = "Password for the MPD server, if it asks for one.";
      };
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [ (lib.hm.assertions.assertPlatform "services.mpdris2" pkgs lib.platforms.linux) ];

    xdg.configFile."mpDris2/mpDris2.conf".text = confText;

    systemd.user.services.mpdris2 = {
      Unit = {
        Description = "MPRIS 2 support for MPD";
        After = [ "mpd.service" ];
      };
      Service = {
        Type = "simple";
        ExecStart = "${cfg.package}/bin/mpDris2";
        BusName = "org.mpris.MediaPlayer2.mpd";
        Restart = "on-failure";
        RestartSec = "5s";
      };
      Install.WantedBy = [ "default.target" ];
    };
  };
}
