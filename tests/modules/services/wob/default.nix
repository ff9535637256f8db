{
  wob-service = ./wob-service.nix;
  wob-no-systemd = ./no-systemd.nix;
}
