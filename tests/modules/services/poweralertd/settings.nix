# Mirrors Home Manager's poweralertd-settings test: the arguments after the
# program, shell-quoted.
{
  services.poweralertd = {
    enable = true;
    extraArgs = [
      "-s"
      "-S"
      "-i"
      "line power"
    ];
  };

  test.expected = {
    "home-files/.config/systemd/user/poweralertd.service" = ./settings.service;
    "home-files/.config/systemd/user/graphical-session.target.wants/poweralertd.service" =
      ./settings.service;
  };
}
