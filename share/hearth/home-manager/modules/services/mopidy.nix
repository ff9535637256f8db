# services.mopidy: the Mopidy music server as a systemd user service, run
# from an environment joining Mopidy with its extensions, reading
# ~/.config/mopidy/mopidy.conf (an INI file; list values continue on
# indented lines) and any extra config files after it. With mopidy-local
# among the extensions a oneshot mopidy-scan service indexes local files.
# Linux only.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkIf mkOption types;

  cfg = config.services.mopidy;

  # Mopidy parses its file with configparser: a list is a value spread
  # over continuation lines.
  render = lib.generators.toINI {
    mkKeyValue = lib.generators.mkKeyValueDefault {
      mkValueString =
        v:
        if builtins.isList v then
          lib.concatMapStrings (x: "\n  " + x) v
        else
          lib.generators.mkValueStringDefault { } v;
    } " = ";
  };

  valueType =
    types.nullOr (
      types.oneOf [
        types.bool
        types.float
        types.int
        types.str
        (types.listOf valueType)
      ]
    )
    // {
      description = "Mopidy config value";
    };

  # Debian has no mopidyPackages; its Python modules live in dist-packages.
  sitePackages = pkgs.mopidyPackages.python.sitePackages or "lib/python3/dist-packages";

  withExtensions = pkgs.buildEnv {
    name = "mopidy-with-extensions-${pkgs.mopidy.version}";
    paths = lib.closePropagation cfg.extensionPackages;
    pathsToLink = [ "/${sitePackages}" ];
    nativeBuildInputs = [ pkgs.makeWrapper ];
    ignoreCollisions = true;
    postBuild = ''
      makeWrapper ${pkgs.mopidy}/bin/mopidy $out/bin/mopidy \
        --prefix PYTHONPATH : $out/${sitePackages}
    '';
  };

  # Paths are copied to the store, as interpolating them does.
  configPath = lib.concatStringsSep ":" (
    [ "${config.xdg.configHome}/mopidy/mopidy.conf" ] ++ cfg.extraConfigFiles
  );

  scansLocal = pkgs ? mopidy-local && builtins.elem pkgs.mopidy-local cfg.extensionPackages;

  unitBase = description: {
    Description = description;
    Documentation = [ "https://mopidy.com/" ];
    After = [
      "network.target"
      "sound.target"
    ];
  };
in
{
  options.services.mopidy = {
    enable = lib.mkEnableOption "Mopidy music player daemon";

    extensionPackages = mkOption {
      type = types.listOf types.package;
      default = [ ];
      example = lib.literalExpression "with pkgs; [ mopidy-spotify mopidy-mpd mopidy-mpris ]";
      description = "Mopidy extensions the service loads.";
    };

    settings = mkOption {
      type = types.attrsOf (types.attrsOf valueType);
      default = { };
      example = {
        file = {
          media_dirs = [
            "$XDG_MUSIC_DIR|Music"
            "~/library|Library"
          ];
          follow_symlinks = true;
        };
      };
      description = ''
        Sections of {file}`$XDG_CONFIG_HOME/mopidy/mopidy.conf` (see
        Mopidy's configuration documentation).
      '';
    };

    extraConfigFiles = mkOption {
      type = types.listOf types.path;
      default = [ ];
      description = ''
        More configuration files Mopidy reads at start, each overriding
        the ones before it and {option}`settings`.
      '';
    };
  };

  config = mkIf cfg.enable {
    assertions = [ (lib.hm.assertions.assertPlatform "services.mopidy" pkgs lib.platforms.linux) ];

    xdg.configFile."mopidy/mopidy.conf".source = pkgs.writeText "mopidy-${config.home.username}" (
      render cfg.settings
    );

    systemd.user.services.mopidy = {
      Unit = unitBase "mopidy music player daemon" // {
        X-Restart-Triggers = mkIf (cfg.settings != { }) [
          "${config.xdg.configFile."mopidy/mopidy.conf".source}"
        ];
      };
      Service = {
        ExecStart = "${withExtensions}/bin/mopidy --config ${configPath}";
        Restart = "on-failure";
      };
      Install.WantedBy = [ "default.target" ];
    };

    systemd.user.services.mopidy-scan = mkIf scansLocal {
      Unit = unitBase "mopidy local files scanner";
      Service = {
        ExecStart = "${withExtensions}/bin/mopidy --config ${configPath} local scan";
        Type = "oneshot";
      };
      Install.WantedBy = [ "default.target" ];
    };
  };
}
