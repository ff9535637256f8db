# programs.ruff: ruff and its user-level ~/.config/ruff/ruff.toml, written
# even when there are no settings.
#
# Checked against Home Manager's module and tests.
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

    xdg.configFile."ruff/ruff.toml".source = tomlFormat.generate "ruff.toml" cfg.settings;
  };
}
