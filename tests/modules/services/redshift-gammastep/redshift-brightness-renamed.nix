# The old brightness options land in [redshift] under their new names,
# with a warning.
{ config, lib, ... }:
{
  services.redshift = {
    enable = true;
    dawnTime = "6:00-7:45";
    duskTime = "18:35-20:15";
    brightness.day = "1.0";
    brightness.night = "0.7";
  };

  # Paths of this checkout vary, so the warnings name the directory <dir>.
  home.file.warnings.text = builtins.replaceStrings [ (toString ./.) ] [ "<dir>" ] (
    lib.concatMapStrings (w: w + "\n") config.warnings
  );

  test.expected = {
    "home-files/.config/redshift/redshift.conf" = ./redshift-brightness-renamed-expected.conf;
    "home-files/warnings" = ./redshift-brightness-renamed-expected-warnings.txt;
  };
}
