# Hearth's own case: three levels of sections, False, None and numbers
# (quoted, as Home Manager writes every non-boolean value).
{ lib, ... }:
{
  programs.terminator = {
    enable = true;
    config = {
      global_config.dbus = false;
      layouts.default.window0 = {
        type = "Window";
        parent = "";
        size = 800;
        title = null;
      };
    };
  };

  test.expected."home-files/.config/terminator/config" = ./nested-expected.conf;
}
