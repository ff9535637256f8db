# Mirrors Home Manager's rofi explicit-legacy-defaults test: former
# options set to their old defaults are written, each with a warning
# (whose text names this file, so only their number is compared).
{ config, ... }:
{
  programs.rofi = {
    enable = true;
    location = "center";
    xoffset = 0;
    yoffset = 0;
  };

  home.file.rofi-warnings.text = toString (builtins.length config.warnings) + "\n";

  test.expected = {
    "home-files/.config/rofi/config.rasi" = ./explicit-legacy-defaults.rasi;
    "home-files/rofi-warnings" = ./explicit-legacy-defaults-warnings.txt;
  };
}
