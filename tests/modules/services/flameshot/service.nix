# Mirrors Home Manager's flameshot-service test.
{
  services.flameshot.enable = true;

  test.expected = {
    "home-files/.config/systemd/user/flameshot.service" = ./service-expected.service;
    "home-files/.config/systemd/user/graphical-session.target.wants/flameshot.service" =
      ./service-expected.service;
  };
}
