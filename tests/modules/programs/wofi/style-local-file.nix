# Mirrors Home Manager's wofi-style-local-file: a style given as a file.
{ config, ... }:
{
  programs.wofi = {
    enable = true;
    style = ./basic-style.css;
  };

  # Linked from the file, not copied into a text.
  home.file.style-is-file.text =
    builtins.toJSON (builtins.isPath config.xdg.configFile."wofi/style.css".source) + "\n";

  test.expected = {
    "home-files/.config/wofi/style.css" = ./basic-style.css;
    "home-files/style-is-file" = ./style-local-file-expected.json;
  };
}
