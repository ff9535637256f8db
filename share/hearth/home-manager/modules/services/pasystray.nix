# services.pasystray: a PulseAudio (or PipeWire-Pulse) volume applet in the
# tray, as a graphical-session user service after the tray
# (services/tray.nix). Its menu opens pavucontrol and paprefs, which the
# unit's PATH provides.
#
# Checked against Home Manager's module and test; `package` is Hearth's own.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.services.pasystray;
  tray = config.lib.tray.targets.main;
in
{
  options.services.pasystray = {
    enable = lib.mkEnableOption "the PulseAudio tray applet pasystray";

    package = lib.mkPackageOption pkgs "pasystray" { };

    extraOptions = lib.mkOption {
      type = lib.types.listOf lib.types.str;
      default = [ ];
      example = [ "--notify=all" ];
      description = "Arguments for {command}`pasystray`.";
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [ (lib.hm.assertions.assertPlatform "services.pasystray" pkgs lib.platforms.linux) ];

    services.tray.appletsEnabled = true;

    systemd.user.services.pasystray = {
      Unit = {
        Description = "PulseAudio system tray";
        Requires = [ tray ];
        After = [
          "graphical-session.target"
          tray
        ];
        PartOf = [ "graphical-session.target" ];
      };
      Service = {
        Environment = [
          "PATH=${
            lib.makeBinPath [
              pkgs.paprefs
              pkgs.pavucontrol
            ]
          }"
        ];
        ExecStart = lib.escapeShellArgs ([ "${cfg.package}/bin/pasystray" ] ++ cfg.extraOptions);
      };
      Install.WantedBy = [ "graphical-session.target" ];
    };
  };
}
