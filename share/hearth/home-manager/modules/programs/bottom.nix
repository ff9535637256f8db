# programs.bottom: the bottom (btm) system monitor and its bottom.toml,
# written only when there are settings.
#
# Differs from Home Manager: Debian 12 has no bottom, so `package`
# defaults to null there and nothing is installed.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.programs.bottom;

  toml = pkgs.formats.toml { };

  configDir =
    if pkgs.stdenv.hostPlatform.isDarwin then "Library/Application Support" else config.xdg.configHome;
in
{
  options.programs.bottom = {
    enable = lib.mkEnableOption "bottom, a graphical process and system monitor for the terminal";

    package = lib.mkPackageOption pkgs "bottom" {
      nullable = true;
      default = if pkgs ? bottom then [ "bottom" ] else null;
    };

    settings = lib.mkOption {
      inherit (toml) type;
      default = { };
      example = {
        flags.avg_cpu = true;
        colors.low_battery_color = "red";
      };
      description = ''
        Settings for {file}`bottom/bottom.toml` in the configuration
        directory; see bottom's sample configuration for the keys.
      '';
    };
  };

  config = lib.mkIf cfg.enable {
    home.packages = lib.mkIf (cfg.package != null) [ cfg.package ];

    home.file."${configDir}/bottom/bottom.toml" = lib.mkIf (cfg.settings != { }) {
      source = toml.generate "bottom.toml" cfg.settings;
    };
  };
}
