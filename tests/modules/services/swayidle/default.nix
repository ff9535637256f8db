{
  swayidle-basic-configuration = ./basic-configuration.nix;
  swayidle-legacy-configuration = ./legacy-configuration.nix;
  swayidle-bad-event = ./bad-event.nix;
}
