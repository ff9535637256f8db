# programs.joshuto: joshuto.toml, keymap.toml, mimetype.toml and
# theme.toml under ~/.config/joshuto, each only when set.
#
# Checked against Home Manager's module; its tests were not in the index.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.programs.joshuto;

  tomlFormat = pkgs.formats.toml { };

  tomlOption =
    file: example:
    lib.mkOption {
      type = tomlFormat.type;
      default = { };
      inherit example;
      description = ''
        Contents of {file}`$XDG_CONFIG_HOME/joshuto/${file}`; see
        <https://github.com/kamiyaa/joshuto/tree/main/docs/configuration>.
      '';
    };

  tomlFile =
    name: value:
    lib.mkIf (value != { }) { source = tomlFormat.generate "joshuto-${name}" value; };
in
{
  options.programs.joshuto = {
    enable = lib.mkEnableOption "joshuto, a ranger-like terminal file manager";

    package = lib.mkPackageOption pkgs "joshuto" { };

    settings = tomlOption "joshuto.toml" {
      display.show_icons = true;
    };

    keymap = tomlOption "keymap.toml" {
      default_view.keymap = [
        {
          keys = [ "q" ];
          commands = [ "quit" ];
        }
      ];
    };

    mimetype = tomlOption "mimetype.toml" {
      class.text_default = [ { command = "micro"; } ];
    };

    theme = tomlOption "theme.toml" {
      selection.fg = "light_yellow";
    };
  };

  config = lib.mkIf cfg.enable {
    home.packages = [ cfg.package ];

    xdg.configFile = {
      "joshuto/joshuto.toml" = tomlFile "settings" cfg.settings;
      "joshuto/keymap.toml" = tomlFile "keymap" cfg.keymap;
      "joshuto/mimetype.toml" = tomlFile "mimetype" cfg.mimetype;
      "joshuto/theme.toml" = tomlFile "theme" cfg.theme;
    };
  };
}
