# Mirrors Home Manager's autorandr basic-configuration test; its regex
# checks of `setup` are an exact comparison here.
{ lib, ... }:
{
  programs.autorandr = {
    enable = true;
    profiles.default = {
      fingerprint = {
        DP1 = "XXX";
        DP2 = "YYY";
      };
      config = {
        DP1.enable = false;
        DP2 = {
          crtc = 0;
          primary = true;
          position = "0x0";
          mode = "1920x1080";
          transform = [
            [ 0.6 0.0 0.0 ]
            [ 0.0 0.6 0.0 ]
            [ 0.0 0.0 1.0 ]
          ];
        };
      };
    };
  };

  test.expected = {
    "home-files/.config/autorandr/default/config" = ./basic-configuration-expected.conf;
    "home-files/.config/autorandr/default/setup" = ./basic-configuration-expected-setup;
  };
}
