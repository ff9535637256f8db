# Home Manager's poweralertd test: the arguments after the program, each
# quoted as systemd reads it.
{
  services.poweralertd = {
    enable = true;
    extraArgs = [
      "-s"
      "-S"
    ];
  };

  test.expected = {
    "home-files/.config/systemd/user/poweralertd.service" = ./poweralertd.service;
    "home-files/.config/systemd/user/graphical-session.target.wants/poweralertd.service" =
      ./poweralertd.service;
  };
}
