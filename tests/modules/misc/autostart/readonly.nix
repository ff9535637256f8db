# Home Manager's autostart-readonly case (misc/xdg): the same entries, with
# ~/.config/autostart a link to the read-only directory.
{ config, ... }:
{
  imports = [ ./entries.nix ];

  xdg.autostart = {
    enable = true;
    readOnly = true;
    inherit (config.test) entries;
  };

  test.expected."home-files/state" = ./readonly-expected.json;
}
