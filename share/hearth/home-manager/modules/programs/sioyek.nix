# programs.sioyek: prefs_user.config and keys_user.config under
# ~/.config/sioyek, one "name value" line per setting and per key of a
# command.
#
# UNVERIFIED: written when Home Manager's module and tests could not be read
# (the session's lookup budget was spent); options and output follow a
# recollection of them. The cases in tests/modules pin this file's own
# output until they are checked against Home Manager's tests.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkIf mkOption types;

  cfg = config.programs.sioyek;

  # "name value" lines; a list repeats the name.
  render = lib.generators.toKeyValue {
    mkKeyValue = name: value: "${name} ${value}";
    listsAsDuplicateKeys = true;
  };
in
{
  options.programs.sioyek = {
    enable = lib.mkEnableOption "sioyek, a PDF viewer for papers and technical books";

    package = lib.mkPackageOption pkgs "sioyek" { };

    config = mkOption {
      type = types.attrsOf types.str;
      default = { };
      example = {
        background_color = "1.0 1.0 1.0";
        text_highlight_color = "1.0 0.0 0.0";
      };
      description = "Settings of {file}`$XDG_CONFIG_HOME/sioyek/prefs_user.config`.";
    };

    bindings = mkOption {
      type = types.attrsOf (types.either types.str (types.listOf types.str));
      default = { };
      example = {
        move_down = "j";
        screen_down = [
          "d"
          "<C-d>"
        ];
      };
      description = "Keys by command for {file}`$XDG_CONFIG_HOME/sioyek/keys_user.config`; a list binds several.";
    };
  };

  config = mkIf cfg.enable {
    home.packages = [ cfg.package ];

    xdg.configFile = {
      "sioyek/prefs_user.config" = mkIf (cfg.config != { }) { text = render cfg.config; };
      "sioyek/keys_user.config" = mkIf (cfg.bindings != { }) { text = render cfg.bindings; };
    };
  };
}
