# Hearth's own case (Home Manager has no rsibreak test): the service and
# its link into graphical-session.target.
{
  services.rsibreak.enable = true;

  test.expected = {
    "home-files/.config/systemd/user/rsibreak.service" = ./rsibreak.service;
    "home-files/.config/systemd/user/graphical-session.target.wants/rsibreak.service" =
      ./rsibreak.service;
  };
}
