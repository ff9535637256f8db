# After Home Manager's fuzzel-example-settings test (inputs not verified
# against it): INI sections in name order, keys in name order within each.
{
  programs.fuzzel = {
    enable = true;
    settings = {
      main = {
        font = "Fira Code:size=11";
        dpi-aware = "yes";
        terminal = "foot -e";
        layer = "overlay";
      };
      colors.background = "ffffffff";
      border.radius = 0;
    };
  };

  test.expected."home-files/.config/fuzzel/fuzzel.ini" = ./example-settings-expected.ini;
}
