# Home Manager's autostart case (misc/xdg): two entries, linked one by one.
{ config, ... }:
{
  imports = [ ./entries.nix ];

  xdg.autostart = {
    enable = true;
    inherit (config.test) entries;
  };

  test.expected."home-files/state" = ./autostart-expected.json;
}
