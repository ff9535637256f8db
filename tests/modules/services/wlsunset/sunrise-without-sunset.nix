# Hearth's own case (Home Manager has no test for it): a sunrise without
# a sunset fails the pairing assertion.
{
  services.wlsunset = {
    enable = true;
    package = {
      type = "derivation";
      name = "wlsunset";
      outPath = "@wlsunset@";
    };
    sunrise = "06:30";
  };
}
