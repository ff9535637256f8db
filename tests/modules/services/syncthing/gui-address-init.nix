# Mirrors Home Manager's syncthing-gui-address-init test (linux/): another
# GUI address reaches both the daemon's command line and the updater
# script, which is compared whole here (Home Manager greps it for
# "127.0.0.1:8385/rest/config/gui").
{ config, ... }:
{
  services.syncthing = {
    enable = true;
    guiAddress = "127.0.0.1:8385";
  };

  home.file.syncthing-init-script.text =
    (builtins.head config.systemd.user.services.syncthing-init.Service.ExecStart).text;

  test.expected = {
    "home-files/.config/systemd/user/syncthing-init.service" = ./gui-address-init-expected.service;
    "home-files/.config/systemd/user/default.target.wants/syncthing-init.service" =
      ./gui-address-init-expected.service;
    "home-files/syncthing-init-script" = ./gui-address-init-expected.sh;
  };
}
