# programs.sioyek: prefs_user.config and keys_user.config under
# ~/.config/sioyek, one "name value" line per setting and per key of a
# command.
#
# Checked against Home Manager's module and tests.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkIf mkOption types;

  cfg = config.programs.sioyek;

  # "name value" lines in name order; a list repeats the name.
  render = lib.generators.toKeyValue {
    mkKeyValue = name: value: "${name} ${value}";
    listsAsDuplicateKeys = true;
  };

  # sioyek reads startup_commands as one value, commands separated by ";".
  # A string (the older form) is written as it is.
  startup = cfg.config.startup_commands;
  prefs =
    cfg.config
    // lib.optionalAttrs (builtins.isList startup && startup != [ ]) {
      startup_commands = lib.concatStringsSep ";" startup;
    };
in
{
  options.programs.sioyek = {
    enable = lib.mkEnableOption "Sioyek, a PDF viewer designed for reading research papers and technical books";

    package = lib.mkPackageOption pkgs "sioyek" { };

    config = mkOption {
      type = types.submodule {
        freeformType = types.attrsOf types.str;

        options.startup_commands = mkOption {
          type = types.either types.str (types.listOf types.str);
          default = [ ];
          example = [
            "toggle_visual_scroll"
            "toggle_dark_mode"
          ];
          apply =
            v:
            lib.warnIf (builtins.isString v)
              "`programs.sioyek.config.startup_commands` should now be a list of strings instead of a string."
              v;
          description = "Commands sioyek runs when it starts.";
        };
      };
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
      # Always written: the settings always hold startup_commands, even
      # when it renders to nothing (as Home Manager does).
      "sioyek/prefs_user.config".text = render prefs;
      "sioyek/keys_user.config" = mkIf (cfg.bindings != { }) { text = render cfg.bindings; };
    };
  };
}
