# programs.poetry: Poetry and its config.toml, in
# $XDG_CONFIG_HOME/pypoetry (on Darwin without XDG, under
# ~/Library/Application Support).
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
  cfg = config.programs.poetry;

  tomlFormat = pkgs.formats.toml { };

  configDir =
    if pkgs.stdenv.hostPlatform.isDarwin && !config.xdg.enable then
      "Library/Application Support"
    else
      config.xdg.configHome;
in
{
  options.programs.poetry = {
    enable = lib.mkEnableOption "Poetry, a Python packaging and dependency manager";

    package = lib.mkPackageOption pkgs "poetry" {
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
    home.packages = [ cfg.package ];

    home.file."${configDir}/pypoetry/config.toml" = lib.mkIf (cfg.settings != { }) {
      source = tomlFormat.generate "poetry-config" cfg.settings;
    };
  };
}
