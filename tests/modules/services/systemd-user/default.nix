{
  systemd-user-units = ./units.nix;
  systemd-user-bad-section = ./bad-section.nix;
  systemd-user-settings = ./settings.nix;
}
