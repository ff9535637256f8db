# Mirrors Home Manager's zellij-theme: a theme given as KDL text is
# written as it is, one given as a value is rendered.
{
  programs.zellij = {
    enable = true;
    themes = {
      example.themes.example.ribbon_unselected = {
        base = [
          0
          0
          0
        ];
        background = [
          255
          153
          0
        ];
      };
      text = ''
        themes {
          example {
            ribbon_unselected {
              background 255 153 0
              base 0 0 0
            }
          }
        }
      '';
    };
  };

  test.expected = {
    "home-files/.config/zellij/themes/text.kdl" = ./theme-expected-text.kdl;
    "home-files/.config/zellij/themes/example.kdl" = ./theme-expected-example.kdl;
  };
}
