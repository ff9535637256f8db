# Mirrors Home Manager's redshift-basic-configuration test: a manual
# location (a float and a string), free-form settings, the [redshift]
# section.
{
  services.redshift = {
    enable = true;
    provider = "manual";
    latitude = 0.0;
    longitude = "0.0";
    settings = {
      redshift = {
        adjustment-method = "randr";
        gamma = 0.8;
      };
      randr.screen = 0;
    };
  };

  test.expected = {
    "home-files/.config/redshift/redshift.conf" = ./redshift-basic-configuration-file-expected.conf;
    "home-files/.config/systemd/user/redshift.service" = ./redshift-basic-configuration-expected.service;
  };
}
