# xsession.windowManager.fluxbox: the files of ~/.fluxbox (init, apps,
# keys, menu, slitlist, windowmenu), each written only when its option has
# text, and fluxbox with extra arguments as the X session's window manager.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.xsession.windowManager.fluxbox;

  # Option name -> the manual page describing that file.
  files = {
    init = "fluxbox(1)";
    apps = "fluxbox(1)";
    keys = "fluxbox-keys(1)";
    menu = "fluxbox-menu(1)";
    slitlist = "fluxbox(1)";
    windowmenu = "fluxbox-menu(1)";
  };

  fileOption =
    name: page:
    mkOption {
      type = types.lines;
      default = "";
      description = "Text of {file}`~/.fluxbox/${name}` (see {manpage}`${page}`); empty writes no file.";
    };
in
{
  options.xsession.windowManager.fluxbox = {
    enable = lib.mkEnableOption "Fluxbox window manager";

    package = lib.mkPackageOption pkgs "fluxbox" { nullable = true; };

    extraCommandLineArgs = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [
        "-log"
        "/tmp/fluxbox.log"
      ];
      description = "Arguments added to the {command}`fluxbox` command; empty ones are dropped.";
    };
  }
  // lib.mapAttrs fileOption files;

  config = lib.mkIf cfg.enable {
    assertions = [
      (lib.hm.assertions.assertPlatform "xsession.windowManager.fluxbox" pkgs lib.platforms.linux)
    ];

    home.packages = lib.mkIf (cfg.package != null) [ cfg.package ];

    home.file = lib.mapAttrs' (
      name: _: lib.nameValuePair ".fluxbox/${name}" (lib.mkIf (cfg.${name} != "") { text = cfg.${name}; })
    ) files;

    xsession.windowManager.command = lib.escapeShellArgs (
      [ "${cfg.package}/bin/fluxbox" ] ++ lib.remove "" cfg.extraCommandLineArgs
    );
  };
}
