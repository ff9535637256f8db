# Home Manager has no blueman-applet test; the unit is the one its module
# writes: the applet after the tray on the graphical session.
{
  services.blueman-applet.enable = true;

  test.expected = {
    "home-files/.config/systemd/user/blueman-applet.service" = ./blueman-applet.service;
    "home-files/.config/systemd/user/graphical-session.target.wants/blueman-applet.service" =
      ./blueman-applet.service;
  };
}
