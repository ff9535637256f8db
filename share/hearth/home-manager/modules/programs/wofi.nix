# programs.wofi: the wofi launcher for wlroots compositors, with
# ~/.config/wofi/config as `key=value` lines and an optional style.css.
# Linux only.
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
  inherit (lib) mkOption types;

  cfg = config.programs.wofi;
in
{
  options.programs.wofi = {
    enable = lib.mkEnableOption "wofi, an application launcher for wlroots-based compositors";

    package = lib.mkPackageOption pkgs "wofi" { };

    settings = mkOption {
      type = types.attrsOf (
        types.oneOf [
          types.str
          types.int
          types.bool
        ]
      );
      default = { };
      example = {
        location = "bottom-right";
        allow_markup = true;
        width = 250;
      };
      description = "{file}`~/.config/wofi/config`; see {manpage}`wofi(5)`.";
    };

    style = mkOption {
      type = types.nullOr types.lines;
      default = null;
      example = ''
        * { font-family: monospace; }
        window { background-color: #7c818c; }
      '';
      description = "{file}`~/.config/wofi/style.css`; see {manpage}`wofi(7)`.";
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [ (lib.hm.assertions.assertPlatform "programs.wofi" pkgs lib.platforms.linux) ];

    home.packages = [ cfg.package ];

    xdg.configFile."wofi/config" = lib.mkIf (cfg.settings != { }) {
      text = lib.generators.toKeyValue { } cfg.settings;
    };

    xdg.configFile."wofi/style.css" = lib.mkIf (cfg.style != null) { text = cfg.style; };
  };
}
