# A tray applet (udiskie's icon) brings the tray targets of Home Manager's
# tray module and the service that waits for an SNI watcher.
{ config, ... }:
{
  services.udiskie.enable = true;

  home.file.wait-script.text =
    (builtins.head config.systemd.user.services.tray-watcher.Service.ExecStart).text;

  test.expected = {
    "home-files/.config/systemd/user/tray.target" = ./applet-units-tray.target;
    "home-files/.config/systemd/user/tray-sni.target" = ./applet-units-tray-sni.target;
    "home-files/.config/systemd/user/tray-xembed.target" = ./applet-units-tray-xembed.target;
    "home-files/.config/systemd/user/tray-watcher.service" = ./applet-units-tray-watcher.service;
    "home-files/wait-script" = ./applet-units-wait.sh;
  };
}
