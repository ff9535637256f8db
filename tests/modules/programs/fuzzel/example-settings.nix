# Home Manager's fuzzel-example-settings test: INI sections in name order,
# keys in name order within each.
{
  programs.fuzzel = {
    enable = true;

    settings = {
      main = {
        font = "Fira Code:size=11";
        dpi-aware = "yes";
      };

      border = {
        width = 6;
      };
    };
  };

  test.expected."home-files/.config/fuzzel/fuzzel.ini" = ./example-settings-expected.ini;
}
