# Mirrors Home Manager's easyeffects-service test: the daemon without a
# preset (the argument list keeps its trailing blank).
{
  services.easyeffects.enable = true;

  test.expected = {
    "home-files/.config/systemd/user/easyeffects.service" = ./service.service;
    "home-files/.config/systemd/user/graphical-session.target.wants/easyeffects.service" =
      ./service.service;
  };
}
