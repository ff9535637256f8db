{
  tray-applet-units = ./applet-units.nix;
  tray-require-watcher = ./require-watcher.nix;
  tray-no-applets = ./no-applets.nix;
}
