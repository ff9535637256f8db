# services.copyq: the CopyQ clipboard manager as a user service, started by
# a configurable session target (Wayland compositors have their own). On
# Wayland it runs through XWayland by default, where it can read the
# clipboard without the compositor's help. Settings are applied at
# activation through `copyq config`, which starts the server if need be.
#
# Checked against Home Manager's module and tests.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.services.copyq;

  exe = "${cfg.package}/bin/copyq";

  # copyq warns on stderr when its server already runs, which is expected
  # on every activation after the first; other errors still show.
  setting =
    name: value:
    "run --quiet ${exe} --start-server config ${name} "
    + lib.escapeShellArg (lib.generators.mkValueStringDefault { } value)
    + " 2> >(grep -v '^Warning: CopyQ server is already running' >&2)";
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
      example = false;
      description = "Run CopyQ with Qt's X11 platform (`QT_QPA_PLATFORM=xcb`), also on Wayland.";
    };

    settings = mkOption {
      # One INI section's worth of values.
      type = (pkgs.formats.ini { }).type.nestedTypes.elemType;
      default = { };
      example = {
        hide_main_window = true;
        autostart = false;
      };
      description = "Options set with {command}`copyq config NAME VALUE`; `copyq config` lists them.";
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
        Restart = "on-failure";
        Environment = lib.optional cfg.forceXWayland "QT_QPA_PLATFORM=xcb";
        ExecStart = exe;
      };
      Install.WantedBy = [ cfg.systemdTarget ];
    };

    home.activation.copyqConfig = lib.mkIf (cfg.settings != { }) (
      lib.hm.dag.entryAfter [ "writeBoundary" ] (
        lib.concatLines (lib.mapAttrsToList setting cfg.settings)
      )
    );
  };
}
