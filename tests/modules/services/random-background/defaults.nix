# Home Manager has no random-background test; the unit is the one its
# module writes for these options.
{
  services.random-background = {
    enable = true;
    imageDirectory = "%h/backgrounds";
  };

  test.expected = {
    "home-files/.config/systemd/user/random-background.service" = ./defaults.service;
    "home-files/.config/systemd/user/graphical-session.target.wants/random-background.service" =
      ./defaults.service;
  };
}
