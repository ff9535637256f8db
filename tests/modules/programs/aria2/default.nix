{
  aria2-settings = ./settings.nix;
  aria2-systemd = ./systemd.nix;
  aria2-disabled = ./disabled.nix;
  aria2-extra-config-removed = ./extra-config-removed.nix;
}
