{
  xscreensaver-settings = ./settings.nix;
}
