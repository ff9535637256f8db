# Mirrors Home Manager's test portal (misc/xdg): two backends, a package
# with a desktop's portal configuration, and backends chosen for sway.
# Adapted: Home Manager checks the files the real packages bring into
# home-path; with placeholder packages this case checks instead that they
# are installed, and the variables telling the service where the portal
# definitions are.
{ config, lib, pkgs, ... }:

{
  xdg.portal = {
    enable = true;
    extraPortals = [
      pkgs.xdg-desktop-portal-hyprland
      pkgs.xdg-desktop-portal-wlr
    ];
    configPackages = [ pkgs.hyprland ];
    config = {
      sway.default = [
        "wlr"
        "gtk"
      ];
    };
  };

  home.file."packages".text = lib.concatMapStrings (p: "${p.name}\n") config.home.packages;

  test.expected = {
    "home-files/.config/xdg-desktop-portal/sway-portals.conf" = ./sway-portals-expected.conf;
    "home-files/.config/environment.d/10-home-manager.conf" = ./portal-expected-environment.conf;
    "home-path/etc/profile.d/hm-session-vars.sh" = ./portal-expected-vars.sh;
    "home-files/packages" = ./portal-expected-packages.txt;
    warnings = ./portal-expected-warnings.txt;
  };
}
