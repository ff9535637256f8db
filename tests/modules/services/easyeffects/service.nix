# Mirrors Home Manager's easyeffects-service: the daemon without a preset.
# The stub package's version ("0") is older than 8, so this is the D-Bus
# GApplication service (the argument list keeps its trailing blank). Home
# Manager's case only checks ExecStart; this compares the whole unit.
{
  services.easyeffects.enable = true;

  test.expected = {
    "home-files/.config/systemd/user/easyeffects.service" = ./service.service;
    "home-files/.config/systemd/user/graphical-session.target.wants/easyeffects.service" =
      ./service.service;
  };
}
