# services.safeeyes: Safe Eyes, which reminds you to rest your eyes, as a
# user service of the graphical session, restarted when it fails (at most
# 30 starts in 350 seconds). Linux only.
#
# Checked against Home Manager's module (it has no tests). Home Manager
# starts nixpkgs' safeeyes whatever `package` says; here the service runs
# `package`, which is the same file unless it is changed.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.services.safeeyes;
in
{
  options.services.safeeyes = {
    enable = lib.mkEnableOption "Safe Eyes, reminders to rest the eyes";

    package = lib.mkPackageOption pkgs "safeeyes" { };
  };

  config = lib.mkIf cfg.enable {
    assertions = [ (lib.hm.assertions.assertPlatform "services.safeeyes" pkgs lib.platforms.linux) ];

    home.packages = [ cfg.package ];

    systemd.user.services.safeeyes = {
      Unit = {
        Description = "Safe Eyes";
        PartOf = [ "graphical-session.target" ];
        StartLimitIntervalSec = 350;
        StartLimitBurst = 30;
      };

      Service = {
        # Named outright: a Debian package may lack meta.mainProgram.
        ExecStart = lib.getExe' cfg.package "safeeyes";
        Restart = "on-failure";
        RestartSec = 3;
      };

      Install.WantedBy = [ "graphical-session.target" ];
    };
  };
}
