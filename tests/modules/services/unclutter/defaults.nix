# Home Manager has no unclutter test; the unit is the one its module
# writes, continuation lines and the blank line after them included.
{
  services.unclutter.enable = true;

  test.expected = {
    "home-files/.config/systemd/user/unclutter.service" = ./defaults-expected.service;
    "home-files/.config/systemd/user/graphical-session.target.wants/unclutter.service" =
      ./defaults-expected.service;
  };
}
