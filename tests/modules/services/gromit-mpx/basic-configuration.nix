# Home Manager's basic-configuration test: two tools of one's own, the
# eraser behind a mouse button. Keys given as keycodes (Hearth's addition)
# show in the unit.
{ pkgs, ... }:
{
  services.gromit-mpx = {
    enable = true;
    package = pkgs.runCommand "gromit-mpx" { } "";
    hotKey = 118;
    undoKey = null;
    tools = [
      {
        device = "default";
        type = "pen";
        size = 5;
      }
      {
        device = "default";
        type = "eraser";
        size = 75;
        modifiers = [ "3" ];
      }
    ];
  };

  test.expected = {
    "home-files/.config/gromit-mpx.cfg" = ./basic-configuration.cfg;
    "home-files/.config/systemd/user/gromit-mpx.service" = ./basic-configuration.service;
  };
}
