{
  pet-snippets = ./snippets.nix;
  pet-settings-21-05 = ./settings-21-05.nix;
  pet-settings-21-11 = {
    file = ./settings-21-11.nix;
    stateVersion = false;
  };
  pet-layer-settings = {
    file = ./layer-settings.nix;
    stateVersion = false;
  };
  pet-layer-legacy = {
    file = ./layer-legacy.nix;
    stateVersion = false;
  };
  pet-layer-tilde = {
    file = ./layer-tilde.nix;
    stateVersion = false;
  };
}
