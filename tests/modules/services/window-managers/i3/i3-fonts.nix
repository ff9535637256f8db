# Mirrors Home Manager's i3-fonts test: families, style and size for the
# windows, families and size for the bar.
{
  xsession.windowManager.i3 = {
    enable = true;
    config = {
      bars = [
        {
          fonts = {
            names = [
              "FontAwesome"
              "Iosevka"
            ];
            size = 11.5;
          };
        }
      ];
      fonts = {
        names = [
          "DejaVuSansMono"
          "Terminus"
        ];
        style = "Bold Semi-Condensed";
        size = 13.5;
      };
    };
  };

  test.expected."home-files/.config/i3/config" = ./i3-fonts-expected.conf;
}
