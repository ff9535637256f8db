# programs.matplotlib: ~/.config/matplotlib/matplotlibrc, one `key: value`
# line per setting (nested sets join their names with dots, booleans are
# Python's True/False), then the extra lines, as Home Manager writes it.
# The file is written whenever the module is enabled, even with nothing set.
{ config, lib, ... }:

let
  inherit (lib) mkOption types;

  cfg = config.programs.matplotlib;

  render = v: if builtins.isBool v then (if v then "True" else "False") else toString v;

  # An empty string keeps its place as an empty line, as Home Manager's does.
  settingLines =
    prefix: name: value:
    if builtins.isAttrs value then
      lib.concatStringsSep "\n" (lib.mapAttrsToList (settingLines "${prefix}${name}.") value)
    else if value == "" then
      ""
    else
      "${prefix}${name}: ${render value}";
in
{
  options.programs.matplotlib = {
    enable = lib.mkEnableOption "matplotlib, a plotting library for python";

    config = mkOption {
      type = types.attrsOf types.anything;
      default = { };
      example = lib.literalExpression ''
        {
          backend = "Qt5Agg";
          axes = {
            grid = true;
            facecolor = "black";
          };
          grid.color = "FF9900";
        }
      '';
      description = ''
        Default settings for matplotlib, written to {file}`matplotlibrc`;
        nested sets give dotted names (`axes.grid`).
      '';
    };

    extraConfig = mkOption {
      type = types.lines;
      default = "";
      description = "Lines appended to {file}`matplotlibrc` as they are.";
    };
  };

  config = lib.mkIf cfg.enable {
    xdg.configFile."matplotlib/matplotlibrc".text =
      lib.concatStringsSep "\n" (
        lib.mapAttrsToList (settingLines "") cfg.config ++ lib.optional (cfg.extraConfig != "") cfg.extraConfig
      )
      + "\n";
  };
}
