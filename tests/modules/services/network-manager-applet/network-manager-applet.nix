# Home Manager has no test for this; after its module: with SNI icons
# preferred, --indicator, here on Hearth's SNI tray target and its
# watcher, and the applet's icons among the data directories.
{
  xsession.preferStatusNotifierItems = true;
  services.network-manager-applet.enable = true;

  test.expected = {
    "home-files/.config/systemd/user/network-manager-applet.service" = ./network-manager-applet.service;
    "home-files/.config/systemd/user/graphical-session.target.wants/network-manager-applet.service" =
      ./network-manager-applet.service;
    "home-path/etc/profile.d/hm-session-vars.sh" = ./network-manager-applet-session-vars.sh;
  };
}
