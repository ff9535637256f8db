# Mirrors Home Manager's sway-systemd-autostart test: the session target
# also pulls in XDG autostart.
{
  wayland.windowManager.sway = {
    enable = true;
    package = {
      type = "derivation";
      name = "sway";
      outPath = "@sway@";
    };
    checkConfig = false;
    systemd.xdgAutostart = true;
  };

  test.expected."home-files/.config/systemd/user/sway-session.target" = ./sway-systemd-autostart.target;
}
