{
  foot-example-settings = ./example-settings.nix;
  foot-regex-modes = ./regex-modes.nix;
  foot-empty-settings = ./empty-settings.nix;
  foot-systemd-user-service = ./systemd-user-service.nix;
}
