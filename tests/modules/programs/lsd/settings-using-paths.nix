# Like Home Manager's lsd-example-settings-using-paths test: colour and
# icon themes given as files are linked as they are, and a colour theme
# file still selects color.theme = "custom".
{ config, ... }:
{
  programs.lsd = {
    enable = true;
    colors = ./paths-colors.yaml;
    icons = ./paths-icons.yaml;
  };

  home.file.lsd-theme.text = config.programs.lsd.settings.color.theme + "\n";

  test.expected = {
    "home-files/.config/lsd/colors.yaml" = ./paths-colors.yaml;
    "home-files/.config/lsd/icons.yaml" = ./paths-icons.yaml;
    "home-files/lsd-theme" = ./paths-expected-theme.txt;
  };
}
