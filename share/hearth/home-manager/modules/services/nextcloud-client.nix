# services.nextcloud-client: the Nextcloud desktop sync client, which lives
# in the tray, as a graphical-session user service after the tray
# (services/tray.nix).
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
  cfg = config.services.nextcloud-client;
  tray = config.lib.tray.targets.main;
in
{
  options.services.nextcloud-client = {
    enable = lib.mkEnableOption "the Nextcloud sync client";

    package = lib.mkPackageOption pkgs "nextcloud-client" { };

    startInBackground = lib.mkOption {
      type = lib.types.bool;
      default = false;
      description = "Start with the tray icon only, without opening the client's window.";
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [ (lib.hm.assertions.assertPlatform "services.nextcloud-client" pkgs lib.platforms.linux) ];

    services.tray.appletsEnabled = true;

    systemd.user.services.nextcloud-client = {
      Unit = {
        Description = "Nextcloud Client";
        Requires = [ tray ];
        After = [
          "graphical-session.target"
          tray
        ];
        PartOf = [ "graphical-session.target" ];
      };
      Service = {
        # The client opens files and links with the profile's programs.
        Environment = [ "PATH=${config.home.profileDirectory}/bin" ];
        ExecStart = "${cfg.package}/bin/nextcloud" + lib.optionalString cfg.startInBackground " --background";
      };
      Install.WantedBy = [ "graphical-session.target" ];
    };
  };
}
