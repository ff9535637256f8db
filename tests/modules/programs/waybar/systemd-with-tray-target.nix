# Mirrors Home Manager's waybar-systemd-with-tray-target test: the old
# single `systemd.target` still works, as a one-element `targets` (its
# warning names the defining file, so it is not compared). The unit also
# honours the debug and inspector switches.
{
  home.stateVersion = "21.11";

  programs.waybar = {
    enable = true;
    systemd = {
      enable = true;
      target = "sway-session.target";
      enableDebug = true;
      enableInspect = true;
    };
  };

  test.expected = {
    "home-files/.config/systemd/user/waybar.service" = ./systemd-with-tray-target.service;
    "home-files/.config/systemd/user/sway-session.target.wants/waybar.service" =
      ./systemd-with-tray-target.service;
  };
}
