{
  parcellite = ./parcellite.nix;
  parcellite-clipit = ./clipit.nix;
}
