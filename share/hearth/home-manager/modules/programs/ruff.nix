# programs.ruff: ruff and its user-level ~/.config/ruff/ruff.toml.
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
  cfg = config.programs.ruff;

  tomlFormat = pkgs.formats.toml { };
in
{
  options.programs.ruff = {
    enable = lib.mkEnableOption "ruff, a Python linter and formatter";

    package = lib.mkPackageOption pkgs "ruff" { nullable = true; };

    settings = lib.mkOption {
      type = tomlFormat.type;
      default = { };
      example = {
        line-length = 100;
        lint.select = [
          "E"
          "F"
        ];
      };
      description = ''
        Settings for {file}`$XDG_CONFIG_HOME/ruff/ruff.toml`; see
        <https://docs.astral.sh/ruff/configuration/>.
      '';
    };
  };

  config = lib.mkIf cfg.enable {
    home.packages = lib.mkIf (cfg.package != null) [ cfg.package ];

    xdg.configFile."ruff/ruff.toml" = lib.mkIf (cfg.settings != { }) {
      source = tomlFormat.generate "ruff.toml" cfg.settings;
    };
  };
}
