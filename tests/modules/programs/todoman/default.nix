{
  todoman-config = ./config.nix;
  todoman-no-base-path = ./no-base-path.nix;
}
