# Mirrors Home Manager's udiskie-no-tray test: no icon, no tray target.
{
  services.udiskie = {
    enable = true;
    tray = "never";
  };

  test.expected = {
    "home-files/.config/udiskie/config.yml" = ./no-tray.yml;
    "home-files/.config/systemd/user/udiskie.service" = ./no-tray-expected.service;
  };
}
