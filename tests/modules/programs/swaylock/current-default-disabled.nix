# Mirrors Home Manager's swaylock-current-default-disabled: from 23.05
# settings no longer enable the module, so no configuration is written.
{ config, ... }:
{
  home.stateVersion = "23.05";

  programs.swaylock.settings = {
    color = "808080";
  };

  home.file.written.text = builtins.toJSON (config.xdg.configFile ? "swaylock/config") + "\n";
  test.expected."home-files/written" = ./not-written.json;
}
