# services.copyq: the CopyQ clipboard manager as a user service, started by
# a configurable session target (Wayland compositors have their own). On
# Wayland it runs through XWayland by default, where it can read the
# clipboard without the compositor's help.
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

  cfg = config.services.copyq;
in
{
  options.services.copyq = {
    enable = lib.mkEnableOption "CopyQ, a clipboard manager";

    package = lib.mkPackageOption pkgs "copyq" { };

    systemdTarget = mkOption {
      type = types.str;
      default = "graphical-session.target";
      example = "sway-session.target";
      description = ''
        User target that starts CopyQ. A compositor's session target is only
        reached when its module's systemd integration is on.
      '';
    };

    forceXWayland = mkOption {
      type = types.bool;
      default = true;
      description = "Run CopyQ with Qt's X11 platform (`QT_QPA_PLATFORM=xcb`), also on Wayland.";
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [ (lib.hm.assertions.assertPlatform "services.copyq" pkgs lib.platforms.linux) ];

    home.packages = [ cfg.package ];

    systemd.user.services.copyq = {
      Unit = {
        Description = "CopyQ clipboard management daemon";
        PartOf = [ "graphical-session.target" ];
        After = [ "graphical-session.target" ];
      };
      Service = {
        ExecStart = "${cfg.package}/bin/copyq";
        Restart = "on-failure";
        Environment = lib.optional cfg.forceXWayland "QT_QPA_PLATFORM=xcb";
      };
      Install.WantedBy = [ cfg.systemdTarget ];
    };
  };
}
