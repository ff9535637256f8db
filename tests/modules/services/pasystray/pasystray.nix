# Home Manager's pasystray test: one extra option. Its expected file still
# orders the unit after graphical-session-pre.target, which its current
# module replaced with graphical-session.target; this follows the module.
{
  services.pasystray = {
    enable = true;
    extraOptions = [ "-g" ];
  };

  test.expected = {
    "home-files/.config/systemd/user/pasystray.service" = ./pasystray.service;
    "home-files/.config/systemd/user/graphical-session.target.wants/pasystray.service" =
      ./pasystray.service;
  };
}
