# Hearth's own case: ignoreLid adds --ignore-lid.
{ lib, ... }:
{
  services.autorandr = {
    enable = true;
    ignoreLid = true;
  };

  test.expected."home-files/.config/systemd/user/autorandr.service" = ./ignore-lid-expected.service;
}
