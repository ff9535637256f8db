# Started by a compositor's session target instead.
{
  services.blueman-applet = {
    enable = true;
    systemdTargets = [ "sway-session.target" ];
  };

  test.expected = {
    "home-files/.config/systemd/user/blueman-applet.service" = ./session-targets.service;
    "home-files/.config/systemd/user/sway-session.target.wants/blueman-applet.service" =
      ./session-targets.service;
  };
}
