# The geoclue2 provider: no [manual] section, and the service waits for
# the Geoclue agent; verbose logging adds -v.
{
  services.redshift = {
    enable = true;
    provider = "geoclue2";
    enableVerboseLogging = true;
    temperature.night = 3000;
  };

  test.expected = {
    "home-files/.config/redshift/redshift.conf" = ./redshift-geoclue-verbose-expected.conf;
    "home-files/.config/systemd/user/redshift.service" = ./redshift-geoclue-verbose-expected.service;
  };
}
