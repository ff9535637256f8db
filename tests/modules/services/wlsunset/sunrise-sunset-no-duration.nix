# Home Manager's wlsunset sunrise-sunset-no-duration test: fixed times, no duration, with the default gamma written as a float.
# Home Manager's tests use nixpkgs' wlsunset; a placeholder stands in here.
{
  services.wlsunset = {
    enable = true;
    package = {
      type = "derivation";
      name = "wlsunset";
      outPath = "@wlsunset@";
    };
    sunrise = "06:30";
    sunset = "19:00";
  };

  test.expected."home-files/.config/systemd/user/wlsunset.service" = ./sunrise-sunset-no-duration.service;
}
