# programs.streamlink: streamlink's config file (`name=value` lines, a
# bare name for true, one line per list item, nothing for false), one
# config.<plugin> file per plugin with settings and the plugins' own
# code, as Home Manager writes them: on Linux under ~/.config/streamlink
# and ~/.local/share/streamlink/plugins, on Darwin all under
# ~/Library/Application Support/streamlink.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.programs.streamlink;

  isDarwin = pkgs.stdenv.hostPlatform.isDarwin;

  settingsType =
    with types;
    attrsOf (oneOf [
      bool
      int
      str
      (listOf (either int str))
    ]);

  settingLines =
    name: value:
    if builtins.isBool value then
      lib.optional value name
    else if builtins.isList value then
      map (item: "${name}=${toString item}") value
    else
      [ "${name}=${toString value}" ];

  configText = settings: {
    text = lib.concatStrings (map (line: line + "\n") (lib.concatLists (lib.mapAttrsToList settingLines settings)));
  };

  pluginType = types.submodule {
    options = {
      src = mkOption {
        type = with types; nullOr (either path lines);
        default = null;
        example = lib.literalExpression "./custom_plugin.py";
        description = "The plugin's code: a file, or its text. Linked as {file}`plugins/<name>.py`.";
      };

      settings = mkOption {
        type = settingsType;
        default = { };
        example = {
          quiet = true;
        };
        description = "Settings for this plugin only, written to {file}`config.<name>`; they override the global ones.";
      };
    };
  };

  # Relative to the configuration directory, and to the data directory.
  configFiles =
    lib.optionalAttrs (cfg.settings != { }) { config = configText cfg.settings; }
    // lib.mapAttrs' (name: plugin: lib.nameValuePair "config.${name}" (configText plugin.settings)) (
      lib.filterAttrs (_: plugin: plugin.settings != { }) cfg.plugins
    );

  pluginFiles = lib.mapAttrs' (
    name: plugin:
    lib.nameValuePair "plugins/${name}.py" (
      if builtins.isPath plugin.src then { source = plugin.src; } else { text = plugin.src; }
    )
  ) (lib.filterAttrs (_: plugin: plugin.src != null) cfg.plugins);

  under = dir: lib.mapAttrs' (path: file: lib.nameValuePair "${dir}/${path}" file);
in
{
  options.programs.streamlink = {
    enable = lib.mkEnableOption "streamlink";

    package = lib.mkPackageOption pkgs "streamlink" { };

    settings = mkOption {
      type = settingsType;
      default = { };
      example = lib.literalExpression ''
        {
          player = "''${pkgs.mpv}/bin/mpv";
          player-args = "--cache 2048";
          player-no-close = true;
        }
      '';
      description = ''
        Options for every stream, written to {file}`$XDG_CONFIG_HOME/streamlink/config`
        (on Darwin {file}`~/Library/Application Support/streamlink/config`).
      '';
    };

    plugins = mkOption {
      type = types.attrsOf pluginType;
      default = { };
      example = lib.literalExpression ''
        {
          custom_plugin = {
            src = ./custom_plugin.py;
            settings.quiet = true;
          };
        }
      '';
      description = "Plugins by name: their code, linked into the data directory, and their own settings.";
    };
  };

  config = lib.mkIf cfg.enable {
    home.packages = [ cfg.package ];

    home.file = lib.mkIf isDarwin (under "Library/Application Support/streamlink" (configFiles // pluginFiles));

    xdg.configFile = lib.mkIf (!isDarwin) (under "streamlink" configFiles);

    xdg.dataFile = lib.mkIf (!isDarwin) (under "streamlink" pluginFiles);
  };
}
