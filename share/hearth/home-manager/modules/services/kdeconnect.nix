# services.kdeconnect: the KDE Connect daemon (phone integration) as a
# graphical-session user service, and optionally its tray indicator, which
# starts after the tray (services/tray.nix).
#
# Checked against Home Manager's module (it has no tests for it).
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.services.kdeconnect;

  # KDE Connect 24.05 moved the daemon from libexec/ to bin/ (Debian 12
  # has 22.12, whose daemon ./nixpkgs/debian/fixups.nix puts in libexec/).
  daemon =
    if lib.versionAtLeast (lib.versions.majorMinor cfg.package.version) "24.05" then
      "${cfg.package}/bin/kdeconnectd"
    else
      "${cfg.package}/libexec/kdeconnectd";

  # Both find the programs they hand files and links to on the profile's PATH.
  profilePath = [ "PATH=${config.home.profileDirectory}/bin" ];

  tray = config.lib.tray.targets.main;
in
{
  options.services.kdeconnect = {
    enable = lib.mkEnableOption "KDE Connect";

    package = lib.mkPackageOption pkgs [ "kdePackages" "kdeconnect-kde" ] {
      example = "pkgs.plasma5Packages.kdeconnect-kde";
    };

    indicator = lib.mkEnableOption "the KDE Connect tray indicator";
  };

  config = lib.mkMerge [
    (lib.mkIf cfg.enable {
      assertions = [ (lib.hm.assertions.assertPlatform "services.kdeconnect" pkgs lib.platforms.linux) ];

      home.packages = [ cfg.package ];

      systemd.user.services.kdeconnect = {
        Unit = {
          Description = "Adds communication between your desktop and your smartphone";
          After = [ "graphical-session.target" ];
          PartOf = [ "graphical-session.target" ];
        };
        Service = {
          Environment = profilePath;
          ExecStart = daemon;
          Restart = "on-abort";
        };
        Install.WantedBy = [ "graphical-session.target" ];
      };
    })

    (lib.mkIf cfg.indicator {
      assertions = [ (lib.hm.assertions.assertPlatform "services.kdeconnect" pkgs lib.platforms.linux) ];

      services.tray.appletsEnabled = true;

      systemd.user.services.kdeconnect-indicator = {
        Unit = {
          Description = "kdeconnect-indicator";
          After = [
            "graphical-session.target"
            tray
          ];
          PartOf = [ "graphical-session.target" ];
          Requires = [ tray ];
        };
        Service = {
          Environment = profilePath;
          ExecStart = "${cfg.package}/bin/kdeconnect-indicator";
          Restart = "on-abort";
        };
        Install.WantedBy = [ "graphical-session.target" ];
      };
    })
  ];
}
