# Mirrors Home Manager's xsettingsd basic-configuration test: the settings
# file (read here through its text) and the unit, which HM only checks by
# a regex on ExecStart; the whole unit is compared here. A placeholder
# package stands in for its stub package.
{ config, lib, ... }:
{
  services.xsettingsd = {
    enable = true;
    settings = {
      "Net/ThemeName" = "Numix";
      "Xft/Antialias" = true;
      "Xft/Hinting" = true;
      "Xft/RGBA" = "rgb";
    };
  };

  home.file.xsettingsd-conf.text = config.services.xsettingsd.configFile.text;

  test.expected = {
    "home-files/xsettingsd-conf" = ./basic-configuration.conf;
    "home-files/.config/systemd/user/xsettingsd.service" = ./basic-configuration-expected.service;
  };
}
