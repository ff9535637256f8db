# Home Manager has no caffeine test; the unit is the one its module
# writes.
{
  services.caffeine.enable = true;

  test.expected = {
    "home-files/.config/systemd/user/caffeine.service" = ./caffeine.service;
    "home-files/.config/systemd/user/graphical-session.target.wants/caffeine.service" =
      ./caffeine.service;
  };
}
