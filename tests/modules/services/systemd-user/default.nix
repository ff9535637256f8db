{
  systemd-user-units = ./units.nix;
  systemd-user-bad-section = ./bad-section.nix;
  systemd-user-settings = ./settings.nix;
  systemd-user-switch-settings = ./switch-settings.nix;
  systemd-user-switch-defaults = ./switch-defaults.nix;
  systemd-user-switch-suggest = ./switch-suggest.nix;
}
