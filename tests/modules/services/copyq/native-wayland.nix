# Without forceXWayland CopyQ keeps the session's Qt platform.
{
  services.copyq = {
    enable = true;
    forceXWayland = false;
  };

  test.expected = {
    "home-files/.config/systemd/user/copyq.service" = ./native-wayland.service;
    "home-files/.config/systemd/user/graphical-session.target.wants/copyq.service" =
      ./native-wayland.service;
  };
}
