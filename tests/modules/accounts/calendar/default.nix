{
  calendar-two-primaries = ./two-primaries.nix;
}
