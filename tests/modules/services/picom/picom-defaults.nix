# The defaults, a setting overriding an option, nested groups with quotes
# in strings, and an opacity rule through its old name (renamed, with a
# warning).
{ config, lib, ... }:
{
  services.picom = {
    enable = true;
    opacityRule = [ "90:class_g = \"URxvt\"" ];
    settings = {
      backend = "glx";
      blur = {
        method = "gaussian";
        size = 10;
        deviation = 5.0;
        kernels = [
          "3x3box"
          "5x5gaussian"
        ];
      };
    };
  };

  # Paths of this checkout vary, so the warnings name the directory <dir>.
  home.file.warnings.text = builtins.replaceStrings [ (toString ./.) ] [ "<dir>" ] (
    lib.concatMapStrings (w: w + "\n") config.warnings
  );

  test.expected = {
    "home-files/.config/picom/picom.conf" = ./picom-defaults-expected.conf;
    "home-files/.config/systemd/user/picom.service" = ./picom-defaults-expected.service;
    "home-files/warnings" = ./picom-defaults-expected-warnings.txt;
  };
}
