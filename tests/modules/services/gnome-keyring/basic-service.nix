# Mirrors Home Manager's gnome-keyring-basic-service test.
{
  services.gnome-keyring.enable = true;

  test.expected = {
    "home-files/.config/systemd/user/gnome-keyring.service" = ./basic-service-expected.service;
    "home-files/.config/systemd/user/graphical-session-pre.target.wants/gnome-keyring.service" =
      ./basic-service-expected.service;
  };
}
