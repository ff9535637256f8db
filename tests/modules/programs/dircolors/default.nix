{
  dircolors-settings = ./settings.nix;
  dircolors-xdg-config-settings = ./xdg-config-settings.nix;
  dircolors-bash = ./bash.nix;
  dircolors-fish = ./fish.nix;
}
