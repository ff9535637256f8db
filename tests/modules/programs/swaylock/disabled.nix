# Mirrors Home Manager's swaylock-disabled: empty settings under the old
# state version leave the module off.
{ config, ... }:
{
  programs.swaylock.settings = { };

  home.file.written.text =
    builtins.toJSON {
      enabled = config.programs.swaylock.enable;
      config = config.xdg.configFile ? "swaylock/config";
    }
    + "\n";
  test.expected."home-files/written" = ./disabled-expected.json;
}
