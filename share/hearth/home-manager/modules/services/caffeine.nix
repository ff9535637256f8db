# services.caffeine: Caffeine, which keeps the screen saver and sleep away
# while a full-screen window is up, as a user service in the session slice.
# nixpkgs packages the caffeine-ng fork; Debian 12's caffeine is the
# original 2.9, whose `caffeine` program serves the same purpose.
#
# Checked against Home Manager's module and tests; `package` is Hearth's
# addition (Home Manager's module names caffeine-ng directly).
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.services.caffeine;
in
{
  options.services.caffeine = {
    enable = lib.mkEnableOption "Caffeine";

    package = lib.mkPackageOption pkgs "caffeine-ng" { };
  };

  config = lib.mkIf cfg.enable {
    assertions = [ (lib.hm.assertions.assertPlatform "services.caffeine" pkgs lib.platforms.linux) ];

    systemd.user.services.caffeine = {
      Unit.Description = "caffeine";
      Service = {
        ExecStart = "${cfg.package}/bin/caffeine";
        Type = "exec";
        Slice = "session.slice";
        Restart = "on-failure";
        PrivateTmp = true;
        ProtectSystem = "full";
      };
      Install.WantedBy = [ "graphical-session.target" ];
    };
  };
}
