# Mirrors Home Manager's feh-bindings test: unbound actions first, then
# single and repeated inputs, each group sorted.
{
  programs.feh = {
    enable = true;
    buttons = {
      zoom_in = null;
      zoom_out = 4;
      next_img = "C-4";
      prev_img = [
        3
        "C-3"
      ];
    };
    keybindings = {
      zoom_in = null;
      zoom_out = "minus";
      prev_img = [
        "h"
        "Left"
      ];
    };
  };

  test.expected = {
    "home-files/.config/feh/buttons" = ./bindings-expected-buttons;
    "home-files/.config/feh/keys" = ./bindings-expected-keys;
  };
}
