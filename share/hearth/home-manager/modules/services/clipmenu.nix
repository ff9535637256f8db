# services.clipmenu: clipmenud, which records the X clipboard's history
# for clipmenu to pick from, as a graphical-session user service with its
# own environment (e.g. CM_LAUNCHER). Debian 12 does not package clipmenu:
# there `package` must be given.
#
# Checked against Home Manager's module (it has no tests of this module).
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) types;

  cfg = config.services.clipmenu;

  # clipmenud is a shell script; these are the tools it calls.
  toolPath = lib.makeBinPath (
    with pkgs;
    [
      coreutils
      findutils
      gnugrep
      gnused
      systemd
    ]
  );
in
{
  imports = [
    # The launcher used to be its own option; it is one variable now.
    (lib.mkRenamedOptionModule
      [ "services" "clipmenu" "launcher" ]
      [ "services" "clipmenu" "environmentVariables" "CM_LAUNCHER" ]
    )
  ];

  options.services.clipmenu = {
    enable = lib.mkEnableOption "clipmenu, the clipboard management daemon";

    package = lib.mkPackageOption pkgs "clipmenu" { };

    environmentVariables = lib.mkOption {
      type = types.attrsOf types.str;
      default = { };
      example = {
        CM_LAUNCHER = "rofi";
      };
      description = "Variables set in clipmenud's service environment, after its PATH.";
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [ (lib.hm.assertions.assertPlatform "services.clipmenu" pkgs lib.platforms.linux) ];

    home.packages = [ cfg.package ];

    systemd.user.services.clipmenu = {
      Unit = {
        Description = "Clipboard management daemon";
        After = [ "graphical-session.target" ];
      };
      Service = {
        ExecStart = "${cfg.package}/bin/clipmenud";
        Environment = [
          "PATH=${toolPath}"
        ]
        ++ lib.mapAttrsToList (n: v: "${n}=${v}") cfg.environmentVariables;
      };
      Install.WantedBy = [ "graphical-session.target" ];
    };
  };
}
