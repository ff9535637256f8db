{
  feh-bindings = ./bindings.nix;
  feh-themes = ./themes.nix;
  feh-empty-settings = ./empty-settings.nix;
}
