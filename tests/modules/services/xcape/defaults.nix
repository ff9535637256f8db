# Hearth's own case (Home Manager has no xcape test). State version 18.09
# gives home.keyboard a value, so the unit starts after setxkbmap.service;
# the two merged After lists repeat graphical-session.target, as they do
# in Home Manager.
{ lib, ... }:
{
  services.xcape.enable = true;

  test.expected."home-files/.config/systemd/user/xcape.service" = ./defaults-expected.service;
}
