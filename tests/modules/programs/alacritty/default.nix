{
  alacritty-example-settings = ./example-settings.nix;
  alacritty-empty-settings = ./empty-settings.nix;
  alacritty-theme = ./theme.nix;
  alacritty-theme-old = ./theme-old.nix;
}
