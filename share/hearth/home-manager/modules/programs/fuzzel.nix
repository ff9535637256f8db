# programs.fuzzel: the fuzzel launcher for Wayland, configured through
# the sections of ~/.config/fuzzel/fuzzel.ini. Linux only.
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
  cfg = config.programs.fuzzel;

  ini = pkgs.formats.ini { };
in
{
  options.programs.fuzzel = {
    enable = lib.mkEnableOption "fuzzel, an application launcher for Wayland";

    package = lib.mkPackageOption pkgs "fuzzel" { };

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

    home.packages = [ cfg.package ];

    xdg.configFile."fuzzel/fuzzel.ini" = lib.mkIf (cfg.settings != { }) {
      source = ini.generate "fuzzel.ini" cfg.settings;
    };
  };
}
