# Hearth's own case (Home Manager has no safeeyes test): the service with
# the default package.
{
  services.safeeyes.enable = true;

  test.expected = {
    "home-files/.config/systemd/user/safeeyes.service" = ./service.service;
    "home-files/.config/systemd/user/graphical-session.target.wants/safeeyes.service" =
      ./service.service;
  };
}
