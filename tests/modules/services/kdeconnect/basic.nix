# Home Manager has no kdeconnect tests; these follow its module: the
# daemon of a current KDE Connect in bin/, and no indicator unless asked for.
{
  services.kdeconnect.enable = true;

  test.expected = {
    "home-files/.config/systemd/user/kdeconnect.service" = ./basic.service;
    "home-files/.config/systemd/user/graphical-session.target.wants/kdeconnect.service" =
      ./basic.service;
  };
}
