{
  psd-defaults = ./defaults.nix;
  psd-resync-timer = ./resync-timer.nix;
}
