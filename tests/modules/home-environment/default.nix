{
  home-session-variables = ./session-variables.nix;
  home-session-path = ./session-path.nix;
  home-language = ./language.nix;
  home-missing-state-version = {
    file = ./missing-state-version.nix;
    stateVersion = false;
  };
  home-unknown-state-version = ./unknown-state-version.nix;
}
