# Hearth's own case (Home Manager has no services.autorandr test): the
# unit its module writes, the blank after --change included.
{ lib, ... }:
{
  services.autorandr.enable = true;

  test.expected = {
    "home-files/.config/systemd/user/autorandr.service" = ./service-expected.service;
    "home-files/.config/systemd/user/graphical-session.target.wants/autorandr.service" =
      ./service-expected.service;
  };
}
