{
  numlock = ./numlock.nix;
  numlock-disabled = ./disabled.nix;
}
