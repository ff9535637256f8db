# Mirrors Home Manager's copyq-dont-force-x-configuration: without
# forceXWayland CopyQ keeps the session's Qt platform.
{
  services.copyq = {
    enable = true;
    forceXWayland = false;
  };

  test.expected = {
    "home-files/.config/systemd/user/copyq.service" = ./dont-force-x-expected.service;
    "home-files/.config/systemd/user/graphical-session.target.wants/copyq.service" =
      ./dont-force-x-expected.service;
  };
}
