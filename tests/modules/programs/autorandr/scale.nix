# Mirrors Home Manager's autorandr scale test.
{ lib, ... }:
{
  programs.autorandr = {
    enable = true;
    profiles.default = {
      fingerprint.DP1 = "XXX";
      config.DP1.scale = {
        x = 2;
        y = 4;
      };
    };
  };

  test.expected."home-files/.config/autorandr/default/config" = ./scale-expected.conf;
}
