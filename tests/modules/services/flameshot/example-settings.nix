# Mirrors Home Manager's flameshot-example-settings test; the unit restarts
# when the settings change.
{
  services.flameshot = {
    enable = true;
    settings.General = {
      disabledTrayIcon = true;
      showStartupLaunchMessage = false;
    };
  };

  test.expected = {
    "home-files/.config/flameshot/flameshot.ini" = ./example-settings-expected.ini;
    "home-files/.config/systemd/user/flameshot.service" = ./example-settings-expected.service;
  };
}
