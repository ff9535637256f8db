{
  urxvt-defaults = ./defaults.nix;
  urxvt-settings = ./settings.nix;
}
