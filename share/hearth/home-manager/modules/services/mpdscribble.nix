# services.mpdscribble: mpdscribble, which reports the songs MPD plays to
# Last.fm-style scrobbling services, as a systemd user service. The
# configuration is a template in the store; before each start a script
# copies it to $XDG_RUNTIME_DIR/mpdscribble/mpdscribble.conf and puts the
# passwords from their files in place of its {{..._PASSWORD}} markers, so
# no secret reaches the store. Linux only.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.services.mpdscribble;
  mpd = config.services.mpd;

  # Services whose scrobbling URL need not be given.
  knownUrls = {
    "last.fm" = "http://post.audioscrobbler.com";
    "libre.fm" = "http://turtle.libre.fm";
    "jamendo" = "http://postaudioscrobbler.jamendo.com";
    "listenbrainz" = "http://proxy.listenbrainz.org";
  };

  endpointModule =
    { name, ... }:
    {
      options = {
        url = mkOption {
          type = types.str;
          default = knownUrls.${name} or "";
          description = "URL of the service's scrobbling API.";
        };
        username = mkOption {
          type = types.str;
          description = "User name at the service.";
        };
        passwordFile = mkOption {
          type = types.nullOr types.str;
          description = "File holding the password, in clear text or as its MD5 sum.";
        };
      };
    };

  passwordMarker = section: "{{${section}_PASSWORD}}";

  # One section per service; mpdscribble keeps each one's journal in the
  # unit's state directory.
  endpointSection = section: e: ''
    [${section}]
    url      = ${e.url}
    username = ${e.username}
    password = ${passwordMarker section}
    journal  = /var/lib/mpdscribble/${section}.journal
  '';

  # The text, comments and blank lines included, is Home Manager's.
  template = pkgs.writeText "mpdscribble.conf" (
    lib.concatStringsSep "\n" [
      "## This file was automatically genenrated by home-manager and will be"
      "## overwritten.  Do not edit. Edit your home-manager configuration instead."
      ""
      "## mpdscribble - an audioscrobbler for the Music Player Daemon."
      "## http://mpd.wikia.com/wiki/Client:mpdscribble"
      ""
      "# HTTP proxy URL."
      (lib.optionalString (cfg.proxy != null) "proxy = ${cfg.proxy}")
      ""
      "# The location of the mpdscribble log file.  The special value"
      "# \"syslog\" makes mpdscribble use the local syslog daemon.  On most"
      "# systems, log messages will appear in /var/log/daemon.log then."
      "# \"-\" means log to stderr (the current terminal)."
      "log = -"
      ""
      "# How verbose mpdscribble's logging should be.  Default is 1."
      "verbose = ${toString cfg.verbose}"
      ""
      "# How often should mpdscribble save the journal file? [seconds]"
      "journal_interval = ${toString cfg.journalInterval}"
      ""
      "# The host running MPD, possibly protected by a password"
      "# ([PASSWORD@]HOSTNAME)."
      "host = ${lib.optionalString (cfg.passwordFile != null) "{{MPD_PASSWORD}}@"}${cfg.host}"
      ""
      "# The port that the MPD listens on and mpdscribble should try to"
      "# connect to."
      "port = ${toString cfg.port}"
      ""
      (lib.concatStringsSep "\n" (lib.mapAttrsToList endpointSection cfg.endpoints))
      ""
    ]
  );

  # Left for the shell to expand when the unit runs.
  runtimeConf = "\${XDG_RUNTIME_DIR:-/run/user/$(id -u)}/mpdscribble/mpdscribble.conf";

  fillPassword =
    file: marker:
    lib.optionalString (file != null) ''
      ${pkgs.replace-secret}/bin/replace-secret '${marker}' '${file}' "$configFile"
    '';

  preStart = pkgs.writeShellApplication {
    name = "mpdscribble-pre-start";
    runtimeInputs = [
      pkgs.replace-secret
      pkgs.coreutils
    ];
    text = lib.concatStringsSep "\n" [
      ''configFile="${runtimeConf}"''
      ''mkdir -p "$(dirname "$configFile")"''
      ''cp --no-preserve=mode,ownership -f "${template}" "$configFile"''
      (fillPassword cfg.passwordFile "{{MPD_PASSWORD}}")
      (lib.concatStringsSep "\n" (
        lib.mapAttrsToList (section: e: fillPassword e.passwordFile (passwordMarker section)) cfg.endpoints
      ))
      ""
    ];
  };

  start = pkgs.writeShellScript "mpdscribble-start" ''
    configFile="${runtimeConf}"
    exec "${lib.getExe cfg.package}" --no-daemon --conf "$configFile"
  '';

  localMpd = cfg.host == "localhost" || cfg.host == "127.0.0.1";
in
{
  options.services.mpdscribble = {
    enable = lib.mkEnableOption "mpdscribble, which submits the tracks MPD plays to Last.fm and similar services";

    proxy = mkOption {
      type = types.nullOr types.str;
      default = null;
      description = "URL of an HTTP proxy to go through.";
    };

    verbose = mkOption {
      type = types.int;
      default = 1;
      description = "How much mpdscribble logs.";
    };

    journalInterval = mkOption {
      type = types.int;
      default = 600;
      example = 60;
      description = "Seconds between two saves of the journal of unsent submissions.";
    };

    host = mkOption {
      type = types.str;
      default = if mpd.network.listenAddress != "any" then mpd.network.listenAddress else "localhost";
      defaultText = lib.literalExpression ''
        if config.services.mpd.network.listenAddress != "any"
        then config.services.mpd.network.listenAddress
        else "localhost"
      '';
      description = "Host of the MPD server to follow.";
    };

    package = lib.mkPackageOption pkgs "mpdscribble" { };

    passwordFile = mkOption {
      type = types.nullOr types.str;
      default = null;
      description = "File holding the MPD server's password.";
    };

    port = mkOption {
      type = types.port;
      default = mpd.network.port;
      defaultText = lib.literalExpression "config.services.mpd.network.port";
      description = "TCP port of the MPD server.";
    };

    endpoints = mkOption {
      type = types.attrsOf (types.submodule endpointModule);
      default = { };
      example = {
        "last.fm" = {
          username = "foo";
          passwordFile = "/run/secrets/lastfm_password";
        };
      };
      description = ''
        The services to scrobble to, by name. The URL of ${
          lib.concatMapStringsSep ", " (n: ''"${n}"'') (builtins.attrNames knownUrls)
        } is known; any other needs `url`.
      '';
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [ (lib.hm.assertions.assertPlatform "services.mpdscribble" pkgs lib.platforms.linux) ];

    systemd.user.services.mpdscribble = {
      Unit = {
        Description = "mpdscribble mpd scrobble client";
        After = [ "network.target" ] ++ lib.optional localMpd "mpd.service";
      };
      Service = {
        StateDirectory = "mpdscribble";
        RuntimeDirectory = "mpdscribble";
        RuntimeDirectoryMode = "700";
        # "+": run free of the unit's restrictions, whatever they become.
        ExecStartPre = "+${preStart}/bin/mpdscribble-pre-start";
        ExecStart = "${start}";
      };
      Install.WantedBy = [ "default.target" ];
    };
  };
}
