{
  lazygit-settings = ./settings.nix;
  lazygit-no-settings = ./no-settings.nix;
}
