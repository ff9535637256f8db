# Mirrors Home Manager's lsd-example-settings test (its icons carry Nerd
# Font glyphs from the private use area; only the emoji ones are kept
# here). A colour theme adds color.theme = "custom" to config.yaml.
{
  programs.lsd = {
    enable = true;
    settings = {
      date = "relative";
      blocks = [
        "date"
        "size"
        "name"
      ];
      layout = "oneline";
      sorting.dir-grouping = "first";
      ignore-globs = [
        ".git"
        ".hg"
        ".bsp"
      ];
    };
    colors = {
      date = {
        day-old = "green";
        older = "dark_green";
      };
      size = {
        none = "grey";
        small = "grey";
        medium = "yellow";
        large = "dark_yellow";
      };
    };
    icons.filetype = {
      dir = "📂";
      file = "📄";
    };
  };

  test.expected = {
    "home-files/.config/lsd/config.yaml" = ./example-settings-expected.yaml;
    "home-files/.config/lsd/colors.yaml" = ./example-colors-expected.yaml;
    "home-files/.config/lsd/icons.yaml" = ./example-icons-expected.yaml;
  };
}
