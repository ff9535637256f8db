# Mirrors Home Manager's syncthing-gui-address-unix-socket-init test
# (linux/): over a unix socket curl gets --unix-socket and a localhost URL,
# and the daemon a unix:// address.
{ config, ... }:
{
  services.syncthing = {
    enable = true;
    guiAddress = "/tmp/syncthing.sock";
  };

  home.file.syncthing-init-script.text =
    (builtins.head config.systemd.user.services.syncthing-init.Service.ExecStart).text;

  test.expected = {
    "home-files/.config/systemd/user/syncthing.service" = ./gui-address-unix-socket-expected.service;
    "home-files/syncthing-init-script" = ./gui-address-unix-socket-init-expected.sh;
  };
}
