{
  fcitx5-configuration = ./configuration.nix;
  fcitx5-disabled-systemd = ./disabled-systemd.nix;
  fcitx5-user-session-variables = ./user-session-variables.nix;
  fcitx5-old-enable = ./old-enable.nix;
  fcitx-removed = ./fcitx-removed.nix;
}
