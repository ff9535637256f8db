# Mirrors Home Manager's udiskie-basic test: the default program options,
# and a unit that waits for a (here XEmbed) tray.
{
  services.udiskie.enable = true;

  test.expected = {
    "home-files/.config/udiskie/config.yml" = ./basic.yml;
    "home-files/.config/systemd/user/udiskie.service" = ./basic-expected.service;
    "home-files/.config/systemd/user/graphical-session.target.wants/udiskie.service" =
      ./basic-expected.service;
  };
}
