{
  pasystray = ./pasystray.nix;
  pasystray-quoted = ./quoted.nix;
}
