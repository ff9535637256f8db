# programs.poetry: Poetry and its config.toml, in
# $XDG_CONFIG_HOME/pypoetry (on Darwin under ~/Library/Application
# Support, whatever xdg.enable says).
#
# Checked against Home Manager's module and tests.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.programs.poetry;

  tomlFormat = pkgs.formats.toml { };

  configDir =
    if pkgs.stdenv.hostPlatform.isDarwin then "Library/Application Support" else config.xdg.configHome;
in
{
  options.programs.poetry = {
    enable = lib.mkEnableOption "Poetry, a Python packaging and dependency manager";

    package = lib.mkPackageOption pkgs "poetry" {
      nullable = true;
      example = "pkgs.poetry.withPlugins (ps: [ ps.poetry-plugin-up ])";
    };

    settings = lib.mkOption {
      type = tomlFormat.type;
      default = { };
      example = {
        virtualenvs.create = true;
        virtualenvs.in-project = true;
      };
      description = ''
        Settings for Poetry's {file}`config.toml`; see
        <https://python-poetry.org/docs/configuration/>.
      '';
    };
  };

  config = lib.mkIf cfg.enable {
    home.packages = lib.mkIf (cfg.package != null) [ cfg.package ];

    home.file."${configDir}/pypoetry/config.toml" = lib.mkIf (cfg.settings != { }) {
      source = tomlFormat.generate "poetry-config" cfg.settings;
    };
  };
}
