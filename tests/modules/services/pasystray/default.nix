{
  pasystray = ./pasystray.nix;
}
