# programs.fuzzel: the fuzzel launcher for Wayland, configured through
# the sections of ~/.config/fuzzel/fuzzel.ini. Linux only.
#
# Checked against Home Manager's module and tests.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.programs.fuzzel;

  ini = pkgs.formats.ini { };
in
{
  options.programs.fuzzel = {
    enable = lib.mkEnableOption "fuzzel, an application launcher for Wayland";

    package = lib.mkPackageOption pkgs "fuzzel" { nullable = true; };

    settings = lib.mkOption {
      inherit (ini) type;
      default = { };
      example = {
        main = {
          terminal = "foot";
          layer = "overlay";
        };
        colors.background = "ffffffff";
      };
      description = "Sections of {file}`~/.config/fuzzel/fuzzel.ini`; see {manpage}`fuzzel.ini(5)`.";
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [ (lib.hm.assertions.assertPlatform "programs.fuzzel" pkgs lib.platforms.linux) ];

    home.packages = lib.mkIf (cfg.package != null) [ cfg.package ];

    xdg.configFile."fuzzel/fuzzel.ini" = lib.mkIf (cfg.settings != { }) {
      source = ini.generate "fuzzel.ini" cfg.settings;
    };
  };
}
