{
  taskwarrior = ./taskwarrior.nix;
}
