{
  java-home = ./home.nix;
  java-debian = ./debian.nix;
}
