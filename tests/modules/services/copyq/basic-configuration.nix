# Mirrors Home Manager's copyq-basic-configuration: started by sway's
# session target, through XWayland.
{
  services.copyq = {
    enable = true;
    systemdTarget = "sway-session.target";
  };

  test.expected = {
    "home-files/.config/systemd/user/copyq.service" = ./basic-expected.service;
    "home-files/.config/systemd/user/sway-session.target.wants/copyq.service" = ./basic-expected.service;
  };
}
