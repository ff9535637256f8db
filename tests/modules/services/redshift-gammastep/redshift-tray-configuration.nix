# Mirrors Home Manager's redshift-tray-configuration test: redshift-gtk in
# an XEmbed tray.
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
    tray = true;
  };

  test.expected = {
    "home-files/.config/redshift/redshift.conf" = ./redshift-basic-configuration-file-expected.conf;
    "home-files/.config/systemd/user/redshift.service" = ./redshift-tray-configuration-expected.service;
  };
}
