# The indicator after the tray, which it requires.
{
  services.kdeconnect = {
    enable = true;
    indicator = true;
  };

  test.expected = {
    "home-files/.config/systemd/user/kdeconnect.service" = ./basic.service;
    "home-files/.config/systemd/user/kdeconnect-indicator.service" = ./indicator.service;
    "home-files/.config/systemd/user/graphical-session.target.wants/kdeconnect-indicator.service" =
      ./indicator.service;
  };
}
