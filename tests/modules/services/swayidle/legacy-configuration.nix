# Mirrors Home Manager's swayidle-legacy-configuration test: events given
# as the old list merge with ones given by name, with a warning.
{
  imports = [ { services.swayidle.events.after-resume = "notify-send resumed"; } ];

  services.swayidle = {
    enable = true;
    events = [
      {
        event = "lock";
        command = "swaylock -fF";
      }
      {
        event = "before-sleep";
        command = "swaylock -fF";
      }
    ];
  };

  test.expected = {
    "home-files/.config/systemd/user/swayidle.service" = ./legacy-configuration.service;
    warnings = ./legacy-configuration-warnings.txt;
  };
}
