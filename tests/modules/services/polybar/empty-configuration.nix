# Mirrors Home Manager's polybar-empty-configuration test: the unit
# without a restart trigger, as there is no config.ini.
{
  services.polybar = {
    enable = true;
    script = "polybar bar &";
  };

  test.expected."home-files/.config/systemd/user/polybar.service" = ./empty-configuration.service;
}
