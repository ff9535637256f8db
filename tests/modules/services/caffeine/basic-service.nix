# Mirrors Home Manager's caffeine-basic-service: the unit in the session
# slice, started with the graphical session.
{
  services.caffeine.enable = true;

  test.expected = {
    "home-files/.config/systemd/user/caffeine.service" = ./basic-service-expected.service;
    "home-files/.config/systemd/user/graphical-session.target.wants/caffeine.service" =
      ./basic-service-expected.service;
  };
}
