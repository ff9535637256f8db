{
  udiskie-basic = ./basic.nix;
  udiskie-no-tray = ./no-tray.nix;
  udiskie-settings = ./settings.nix;
  udiskie-sni = ./sni.nix;
}
