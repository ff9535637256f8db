{
  random-background-defaults = ./defaults.nix;
  random-background-interval = ./interval.nix;
  random-background-no-timer = ./no-timer.nix;
}
