# Mirrors Home Manager's copyq test: started by sway's session target,
# through XWayland.
{
  services.copyq = {
    enable = true;
    systemdTarget = "sway-session.target";
  };

  test.expected = {
    "home-files/.config/systemd/user/copyq.service" = ./basic.service;
    "home-files/.config/systemd/user/sway-session.target.wants/copyq.service" = ./basic.service;
  };
}
