# services.clipmenu: clipmenud, which records the X clipboard's history
# for clipmenu to pick from, as a graphical-session user service. Debian 12
# does not package clipmenu: there `package` must be given.
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
  inherit (lib) types;

  cfg = config.services.clipmenu;
in
{
  options.services.clipmenu = {
    enable = lib.mkEnableOption "clipmenu's clipboard history daemon";

    package = lib.mkPackageOption pkgs "clipmenu" { };

    launcher = lib.mkOption {
      type = types.nullOr types.str;
      default = null;
      example = "rofi";
      description = "Menu program clipmenu runs (`CM_LAUNCHER`); `null` keeps its default, dmenu.";
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [ (lib.hm.assertions.assertPlatform "services.clipmenu" pkgs lib.platforms.linux) ];

    home.packages = [ cfg.package ];

    home.sessionVariables = lib.mkIf (cfg.launcher != null) { CM_LAUNCHER = cfg.launcher; };

    systemd.user.services.clipmenu = {
      Unit = {
        Description = "Clipboard management daemon";
        After = [ "graphical-session.target" ];
        PartOf = [ "graphical-session.target" ];
      };
      Service = {
        ExecStart = "${cfg.package}/bin/clipmenud";
        # clipmenud is a shell script; these are the tools it calls.
        Environment = "PATH=${
          lib.makeBinPath (
            with pkgs;
            [
              coreutils
              findutils
              gnugrep
              gnused
              systemd
            ]
          )
        }";
      };
      Install.WantedBy = [ "graphical-session.target" ];
    };
  };
}
