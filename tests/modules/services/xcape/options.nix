# Hearth's own case: a timeout and key expressions; with no keyboard
# settings the unit does not wait for setxkbmap.
{ lib, ... }:
{
  home.keyboard = null;

  services.xcape = {
    enable = true;
    timeout = 500;
    mapExpression = {
      Shift_L = "Escape";
      Control_L = "Control_L|O";
    };
  };

  test.expected."home-files/.config/systemd/user/xcape.service" = ./options-expected.service;
}
