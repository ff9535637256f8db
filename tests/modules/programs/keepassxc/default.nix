{
  keepassxc-default-settings = ./default-settings.nix;
  keepassxc-example-settings = ./example-settings.nix;
  keepassxc-autostart = ./autostart.nix;
  keepassxc-autostart-enabled = ./autostart-enabled.nix;
}
