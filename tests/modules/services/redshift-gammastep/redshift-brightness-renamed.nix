# The old brightness options land in [redshift] under their new names,
# with a warning.
{
  services.redshift = {
    enable = true;
    dawnTime = "6:00-7:45";
    duskTime = "18:35-20:15";
    brightness.day = "1.0";
    brightness.night = "0.7";
  };

  test.expected = {
    "home-files/.config/redshift/redshift.conf" = ./redshift-brightness-renamed-expected.conf;
    warnings = ./redshift-brightness-renamed-expected-warnings.txt;
  };
}
