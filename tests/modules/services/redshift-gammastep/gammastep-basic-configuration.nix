# Mirrors Home Manager's gammastep-basic-configuration test: manual dawn and
# dusk times, free-form settings, the [general] section.
{
  services.gammastep = {
    enable = true;
    provider = "manual";
    dawnTime = "6:00-7:45";
    duskTime = "18:35-20:15";
    settings = {
      general = {
        adjustment-method = "randr";
        gamma = 0.8;
      };
      randr.screen = 0;
    };
  };

  test.expected = {
    "home-files/.config/gammastep/config.ini" = ./gammastep-basic-configuration-file-expected.conf;
    "home-files/.config/systemd/user/gammastep.service" = ./gammastep-basic-configuration-expected.service;
    "home-files/.config/systemd/user/graphical-session.target.wants/gammastep.service" =
      ./gammastep-basic-configuration-expected.service;
  };
}
