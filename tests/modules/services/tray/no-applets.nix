# Without a tray applet no tray unit is written (the harness fails on the
# missing file).
{
  services.udiskie = {
    enable = true;
    tray = "never";
  };

  test.expected."home-files/.config/systemd/user/tray-sni.target" = ./applet-units-tray-sni.target;
}
