# Mirrors Home Manager's i3-fonts-deprecated test: fonts as lists give the
# file of i3-fonts, with a warning each.
{
  xsession.windowManager.i3 = {
    enable = true;
    config = {
      bars = [
        {
          fonts = [
            "FontAwesome"
            "Iosevka 11.500000"
          ];
        }
      ];
      fonts = [
        "DejaVuSansMono"
        "Terminus Bold Semi-Condensed 13.500000"
      ];
    };
  };

  test.expected = {
    "home-files/.config/i3/config" = ./i3-fonts-expected.conf;
    warnings = ./i3-fonts-deprecated-warnings.txt;
  };
}
