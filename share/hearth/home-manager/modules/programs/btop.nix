# programs.btop: $XDG_CONFIG_HOME/btop/btop.conf as `key = value` lines
# (booleans True/False as btop spells them, strings quoted) followed by
# extraConfig, and custom themes under btop/themes.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.programs.btop;

  valueString =
    v:
    if builtins.isBool v then
      (if v then "True" else "False")
    else if builtins.isString v then
      ''"${v}"''
    else
      toString v;

  settingsText = lib.generators.toKeyValue {
    mkKeyValue = lib.generators.mkKeyValueDefault { mkValueString = valueString; } " = ";
  } cfg.settings;
in
{
  options.programs.btop = {
    enable = lib.mkEnableOption "btop";

    package = lib.mkPackageOption pkgs "btop" { };

    settings = mkOption {
      type = types.attrsOf (
        types.oneOf [
          types.bool
          types.float
          types.int
          types.str
        ]
      );
      default = { };
      example = {
        vim_keys = true;
        update_ms = 1000;
      };
      description = ''
        Settings for {file}`$XDG_CONFIG_HOME/btop/btop.conf`. The keys are
        the ones btop writes itself; see
        <https://github.com/aristocratos/btop#configurability>.
      '';
    };

    extraConfig = mkOption {
      type = types.lines;
      default = "";
      description = "Lines written verbatim after the settings in {file}`btop.conf`.";
    };

    themes = mkOption {
      type = types.lazyAttrsOf (types.either types.path types.lines);
      default = { };
      description = ''
        Themes written to {file}`$XDG_CONFIG_HOME/btop/themes/<name>.theme`,
        as text or a file.
      '';
    };
  };

  config = lib.mkIf cfg.enable {
    home.packages = [ cfg.package ];

    xdg.configFile = {
      "btop/btop.conf" = lib.mkIf (cfg.settings != { }) {
        text = ''
          ${settingsText}
          ${lib.optionalString (cfg.extraConfig != "") cfg.extraConfig}
        '';
      };
    }
    // lib.mapAttrs' (
      name: theme:
      lib.nameValuePair "btop/themes/${name}.theme" (
        if builtins.isPath theme || lib.isStorePath theme then { source = theme; } else { text = theme; }
      )
    ) cfg.themes;
  };
}
