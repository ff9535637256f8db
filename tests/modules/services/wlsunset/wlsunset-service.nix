# Home Manager's wlsunset-service test: a location, the temperatures and
# gamma as flags, bound to the given target. (Home Manager's stub package
# is a placeholder here.)
{
  services.wlsunset = {
    enable = true;
    package = {
      type = "derivation";
      name = "wlsunset";
      outPath = "@wlsunset@";
    };
    latitude = "12.3";
    longitude = "128.8";
    temperature.day = 6000;
    temperature.night = 3500;
    gamma = "0.6";
    systemdTarget = "test.target";
  };

  test.expected."home-files/.config/systemd/user/wlsunset.service" =
    ./wlsunset-service-expected.service;
}
