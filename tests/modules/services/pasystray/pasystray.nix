# Mirrors Home Manager's pasystray test, with extra options (each
# shell-quoted as needed).
{
  services.pasystray = {
    enable = true;
    extraOptions = [
      "--notify=all"
      "-a"
    ];
  };

  test.expected = {
    "home-files/.config/systemd/user/pasystray.service" = ./pasystray.service;
    "home-files/.config/systemd/user/graphical-session.target.wants/pasystray.service" =
      ./pasystray.service;
  };
}
