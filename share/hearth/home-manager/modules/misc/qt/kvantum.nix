# qt.kvantum: Kvantum's own configuration, $XDG_CONFIG_HOME/Kvantum:
# kvantum.kvconfig (an INI file; lists as comma-separated values) and the
# theme directories of the given packages' share/Kvantum.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.qt.kvantum;

  atom = types.nullOr (
    types.oneOf [
      types.bool
      types.int
      types.float
      types.str
    ]
  );
  value = types.either atom (types.listOf atom);
  section = types.attrsOf value;

  kvconfig = pkgs.formats.ini {
    listToValue = lib.concatMapStringsSep ", " (lib.generators.mkValueStringDefault { });
  };
  # Unset keys (General.theme by default) and empty sections are left out.
  written = lib.filterAttrs (_: s: s != { }) (
    lib.mapAttrs (_: lib.filterAttrs (_: v: v != null)) cfg.settings
  );
in
{
  options.qt.kvantum = {
    enable = lib.mkEnableOption "Kvantum's configuration files";

    settings = mkOption {
      type = types.submodule {
        freeformType = types.attrsOf section;
        options = {
          General = mkOption {
            type = types.submodule {
              freeformType = section;
              options.theme = mkOption {
                type = types.nullOr types.str;
                default = null;
                example = "KvAdapta";
                description = "The Kvantum theme of every application not listed in `Applications`.";
              };
            };
            default = { };
            description = "The `[General]` section.";
          };
          Applications = mkOption {
            type = types.attrsOf (types.listOf types.str);
            default = { };
            example = {
              KvFlat = [ "dolphin" ];
            };
            description = "Theme name -> the applications that use it instead of the general theme.";
          };
        };
      };
      default = { };
      description = "The sections of {file}`$XDG_CONFIG_HOME/Kvantum/kvantum.kvconfig`.";
    };

    themes = mkOption {
      type = types.listOf types.package;
      default = [ ];
      example = lib.literalExpression "[ pkgs.catppuccin-kvantum ]";
      description = "Packages whose `share/Kvantum` themes are linked into {file}`$XDG_CONFIG_HOME/Kvantum`.";
    };
  };

  config = lib.mkIf cfg.enable {
    xdg.configFile = {
      "Kvantum" = lib.mkIf (cfg.themes != [ ]) {
        recursive = true;
        source = pkgs.symlinkJoin {
          name = "kvantum-themes";
          paths = map (p: "${p}/share/Kvantum") cfg.themes;
        };
      };
      "Kvantum/kvantum.kvconfig" = lib.mkIf (written != { }) {
        source = kvconfig.generate "kvantum-config" written;
      };
    };
  };
}
