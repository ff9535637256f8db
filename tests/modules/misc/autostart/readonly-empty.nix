# Home Manager's autostart-readonly-empty case (misc/xdg): with no entries
# a read-only ~/.config/autostart is still linked, to an empty directory.
{
  imports = [ ./entries.nix ];

  xdg.autostart = {
    enable = true;
    readOnly = true;
  };

  test.expected."home-files/state" = ./readonly-empty-expected.json;
}
