# Mirrors Home Manager's terminator config-file test.
{ lib, ... }:
{
  programs.terminator = {
    enable = true;
    config = {
      global_config.borderless = true;
      profiles.default.background_color = "#002b36";
    };
  };

  test.expected."home-files/.config/terminator/config" = ./config-file-expected.conf;
}
