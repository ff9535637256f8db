# programs.uv: uv and its user-level ~/.config/uv/uv.toml.
#
# Checked against Home Manager's module and its settings tests; newer Home
# Manager's managed Python and tool installs are left out (that module
# version could not be read).
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
