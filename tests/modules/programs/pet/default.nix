{
  pet-snippets = ./snippets.nix;
  pet-general = {
    file = ./general.nix;
    stateVersion = false;
  };
}
