# Hearth's own case (Home Manager's test covers one desktop only): the
# `common` configuration goes to portals.conf, a single backend may be a
# string, and xdgOpenUsePortal sets NIXOS_XDG_OPEN_USE_PORTAL.
{ pkgs, ... }:

{
  xdg.portal = {
    enable = true;
    extraPortals = [ pkgs.xdg-desktop-portal-wlr ];
    xdgOpenUsePortal = true;
    config.common = {
      default = "*";
      "org.freedesktop.impl.portal.Secret" = [ "gnome-keyring" ];
    };
  };

  test.expected = {
    "home-files/.config/xdg-desktop-portal/portals.conf" = ./common-expected-portals.conf;
    "home-path/etc/profile.d/hm-session-vars.sh" = ./common-expected-vars.sh;
  };
}
