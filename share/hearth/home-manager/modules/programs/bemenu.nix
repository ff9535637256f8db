# programs.bemenu: the bemenu menu (Wayland and X11). bemenu reads its
# defaults from the BEMENU_OPTS environment variable, so `settings` become
# command-line options in that session variable (`--name=value`, `-nvalue`
# for one-letter names, a bare flag for true), shell-quoted. Linux only.
#
# Checked against Home Manager's module and tests.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.programs.bemenu;
in
{
  options.programs.bemenu = {
    enable = lib.mkEnableOption "bemenu, a dynamic menu for Wayland and X11";

    package = lib.mkPackageOption pkgs "bemenu" { nullable = true; };

    settings = lib.mkOption {
      type = lib.types.attrsOf (
        lib.types.oneOf [
          lib.types.str
          lib.types.number
          lib.types.bool
        ]
      );
      default = { };
      example = {
        prompt = "open";
        ignorecase = true;
        line-height = 28;
        fb = "#1e1e2e";
        width-factor = 0.3;
      };
      description = "bemenu's options, without their dashes; see {manpage}`bemenu(1)`.";
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [ (lib.hm.assertions.assertPlatform "programs.bemenu" pkgs lib.platforms.linux) ];

    home.packages = lib.mkIf (cfg.package != null) [ cfg.package ];

    home.sessionVariables = lib.mkIf (cfg.settings != { }) {
      BEMENU_OPTS = lib.cli.toCommandLineShellGNU { } cfg.settings;
    };
  };
}
