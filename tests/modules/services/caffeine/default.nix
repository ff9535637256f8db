{
  caffeine = ./caffeine.nix;
}
