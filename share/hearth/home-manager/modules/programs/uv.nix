# programs.uv: uv and its user-level ~/.config/uv/uv.toml.
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
  cfg = config.programs.uv;

  tomlFormat = pkgs.formats.toml { };
in
{
  options.programs.uv = {
    enable = lib.mkEnableOption "uv, a Python package and project manager";

    package = lib.mkPackageOption pkgs "uv" { nullable = true; };

    settings = lib.mkOption {
      type = tomlFormat.type;
      default = { };
      example = {
        python-downloads = "never";
        pip.index-url = "https://test.pypi.org/simple";
      };
      description = ''
        Settings for {file}`$XDG_CONFIG_HOME/uv/uv.toml`; see
        <https://docs.astral.sh/uv/configuration/files/>.
      '';
    };
  };

  config = lib.mkIf cfg.enable {
    home.packages = lib.mkIf (cfg.package != null) [ cfg.package ];

    xdg.configFile."uv/uv.toml" = lib.mkIf (cfg.settings != { }) {
      source = tomlFormat.generate "uv-config" cfg.settings;
    };
  };
}
