# services.mpd: the Music Player Daemon as a systemd user service, its
# mpd.conf generated into the store, optionally started by a socket unit
# on first connection, and MPD_HOST/MPD_PORT for clients. Linux only (no
# launchd agent).
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkIf mkOption types;

  cfg = config.services.mpd;

  # Home Manager aligns the values in a column; mpd does not care.
  line = key: value: key + lib.concatStrings (lib.replicate (20 - builtins.stringLength key) " ") + ''"${value}"'' + "\n";

  confText =
    line "music_directory" cfg.musicDirectory
    + line "playlist_directory" cfg.playlistDirectory
    + lib.optionalString (cfg.dbFile != null) (line "db_file" cfg.dbFile)
    + line "state_file" "${cfg.dataDir}/state"
    + line "sticker_file" "${cfg.dataDir}/sticker.sql"
    + "\n"
    + lib.optionalString (cfg.network.listenAddress != "any") (line "bind_to_address" cfg.network.listenAddress)
    + lib.optionalString (cfg.network.port != 6600) (line "port" (toString cfg.network.port))
    + lib.optionalString (cfg.extraConfig != "") (cfg.extraConfig + "\n");

  mpdConf = pkgs.writeText "mpd.conf" confText;

  # A string keeps the directory out of the store even when given as a path.
  dirOption =
    default: defaultText: description:
    mkOption {
      type = types.either types.path types.str;
      inherit default defaultText description;
      apply = toString;
    };
in
{
  options.services.mpd = {
    enable = lib.mkEnableOption "MPD, the music player daemon";

    package = lib.mkPackageOption pkgs "mpd" { };

    musicDirectory = mkOption {
      type = types.either types.path types.str;
      apply = toString;
      defaultText = lib.literalMD ''
        `''${home.homeDirectory}/music` with a {option}`home.stateVersion`
        before 22.11, else {option}`xdg.userDirs.music` when
        {option}`xdg.userDirs.enable` is set; no default otherwise
      '';
      description = "Directory mpd finds the music in.";
    };

    playlistDirectory = dirOption "${cfg.dataDir}/playlists" "\${dataDir}/playlists" "Directory mpd keeps playlists in.";

    dataDir = dirOption "${config.xdg.dataHome}/mpd" "$XDG_DATA_HOME/mpd" "Directory of mpd's state, sticker database and, by default, tag cache and playlists.";

    dbFile = mkOption {
      type = types.nullOr types.str;
      default = "${cfg.dataDir}/tag_cache";
      defaultText = "\${dataDir}/tag_cache";
      description = "mpd's music database; `null` leaves `db_file` out of mpd.conf.";
    };

    extraConfig = mkOption {
      type = types.lines;
      default = "";
      example = ''
        audio_output {
          type "pipewire"
          name "PipeWire"
        }
      '';
      description = "Lines appended to mpd.conf (see {manpage}`mpd.conf(5)`).";
    };

    extraArgs = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [ "--verbose" ];
      description = "Arguments appended to mpd's command line.";
    };

    generatedConfig = mkOption {
      type = types.str;
      readOnly = true;
      default = confText;
      defaultText = lib.literalMD "the text of the generated mpd.conf";
      description = ''
        The text of the generated mpd.conf, for other programs to read (e.g.
        `xdg.configFile."mpd/mpd.conf".text`).
      '';
    };

    enableSessionVariables = mkOption {
      type = types.bool;
      default = true;
      description = ''
        Point clients at this mpd: {env}`MPD_HOST` and {env}`MPD_PORT` from
        {option}`services.mpd.network`.
      '';
    };

    network = {
      startWhenNeeded = mkOption {
        type = types.bool;
        default = false;
        description = "Start mpd when a client first connects (a systemd socket unit listening for it).";
      };

      listenAddress = mkOption {
        type = types.str;
        default = "127.0.0.1";
        example = "any";
        description = "Address mpd listens on; `any` for all of them.";
      };

      port = mkOption {
        type = types.port;
        default = 6600;
        description = "TCP port mpd listens on.";
      };
    };
  };

  config = mkIf cfg.enable {
    assertions = [ (lib.hm.assertions.assertPlatform "services.mpd" pkgs lib.platforms.linux) ];

    services.mpd.musicDirectory = lib.mkMerge [
      (mkIf (lib.versionOlder config.home.stateVersion "22.11") (
        lib.mkOptionDefault "${config.home.homeDirectory}/music"
      ))
      (mkIf (lib.versionAtLeast config.home.stateVersion "22.11" && config.xdg.userDirs.enable) (
        lib.mkOptionDefault config.xdg.userDirs.music
      ))
    ];

    home.packages = [ cfg.package ];

    home.sessionVariables = mkIf cfg.enableSessionVariables {
      MPD_HOST = if cfg.network.listenAddress == "any" then "localhost" else cfg.network.listenAddress;
      MPD_PORT = toString cfg.network.port;
    };

    systemd.user.services.mpd = {
      Unit = lib.mkMerge [
        {
          Description = "Music Player Daemon";
          After = [
            "network.target"
            "sound.target"
          ];
        }
        (mkIf cfg.network.startWhenNeeded {
          Requires = [ "mpd.socket" ];
          After = [ "mpd.socket" ];
        })
      ];

      Install = mkIf (!cfg.network.startWhenNeeded) { WantedBy = [ "default.target" ]; };

      Service = {
        Environment = [ "PATH=${config.home.profileDirectory}/bin" ];
        ExecStart = "${cfg.package}/bin/mpd --no-daemon ${mpdConf} ${lib.escapeShellArgs cfg.extraArgs}";
        Type = "notify";
        # mpd creates neither directory itself.
        ExecStartPre = ''${pkgs.bash}/bin/bash -c "${pkgs.coreutils}/bin/mkdir -p '${cfg.dataDir}' '${cfg.playlistDirectory}'"'';
      };
    };

    systemd.user.sockets.mpd = mkIf cfg.network.startWhenNeeded {
      Socket = {
        ListenStream = [
          (
            if cfg.network.listenAddress == "any" then
              toString cfg.network.port
            else
              "${cfg.network.listenAddress}:${toString cfg.network.port}"
          )
          "%t/mpd/socket"
        ];
        Backlog = 5;
        KeepAlive = true;
      };
      Install.WantedBy = [ "sockets.target" ];
    };
  };
}
