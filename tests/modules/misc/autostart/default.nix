{
  autostart = ./autostart.nix;
  autostart-readonly = ./readonly.nix;
  autostart-readonly-empty = ./readonly-empty.nix;
}
