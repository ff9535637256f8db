# programs.zathura: ~/.config/zathura/zathurarc, always written: the extra
# commands first (as Home Manager orders them), then one `set` line per
# option (name and quoted value separated by a tab) and one `map` line per
# key binding, each group sorted.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.programs.zathura;

  setLine =
    name: value:
    "set ${name}\t\"${if builtins.isBool value then lib.boolToString value else toString value}\"";

  mapLine = key: action: "map ${key}   ${action}";

  lines =
    lib.optional (cfg.extraConfig != "") cfg.extraConfig
    ++ lib.mapAttrsToList setLine cfg.options
    ++ lib.mapAttrsToList mapLine cfg.mappings;
in
{
  options.programs.zathura = {
    enable = lib.mkEnableOption "zathura, a keyboard-driven document viewer";

    package = lib.mkPackageOption pkgs "zathura" { };

    options = mkOption {
      type = types.attrsOf (
        types.oneOf [
          types.str
          types.bool
          types.int
          types.float
        ]
      );
      default = { };
      example = {
        default-bg = "#000000";
        recolor = true;
      };
      description = ''
        Options set with `:set` at start-up; see zathurarc(5) for their
        names.
      '';
    };

    mappings = mkOption {
      type = types.attrsOf types.str;
      default = { };
      example = {
        D = "toggle_page_mode";
        "[fullscreen] <C-i>" = "zoom in";
      };
      description = ''
        Key bindings made with `:map`, by key; a mode in brackets before the
        key limits the binding to that mode.
      '';
    };

    extraConfig = mkOption {
      type = types.lines;
      default = "";
      description = "Commands written at the top of {file}`zathurarc`.";
    };
  };

  config = lib.mkIf cfg.enable {
    home.packages = [ cfg.package ];

    xdg.configFile."zathura/zathurarc".text = lib.concatStringsSep "\n" lines + "\n";
  };
}
