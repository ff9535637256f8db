# services.nextcloud-client: the Nextcloud desktop sync client, which lives
# in the tray, as a graphical-session user service. Like Home Manager's, the
# unit names no tray target.
#
# Checked against Home Manager's module (it has no tests for it).
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.services.nextcloud-client;
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

    systemd.user.services.nextcloud-client = {
      Unit = {
        Description = "Nextcloud Client";
        After = [ "graphical-session.target" ];
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
