{
  syncthing-extra-options = ./extra-options.nix;
  syncthing-gui-address-init = ./gui-address-init.nix;
  syncthing-gui-address-unix-socket-init = ./gui-address-unix-socket-init.nix;
  syncthing-settings = ./settings.nix;
  syncthing-tray = ./tray.nix;
}
