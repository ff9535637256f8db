{
  gtk-global-inheritance = ./global-inheritance.nix;
  gtk-per-version-override = ./per-version-override.nix;
  gtk-selective-enable = ./selective-enable.nix;
  gtk-colorscheme = ./colorscheme.nix;
  gtk2-basic-config = ./gtk2-basic-config.nix;
  gtk2-config-file-location = ./gtk2-config-file-location.nix;
  gtk3-basic-settings = ./gtk3-basic-settings.nix;
  gtk3-css-and-bookmarks = ./gtk3-css-and-bookmarks.nix;
  gtk3-dconf = ./gtk3-dconf.nix;
  gtk4-basic-settings = ./gtk4-basic-settings.nix;
  gtk4-theme-css-injection = ./gtk4-theme-css-injection.nix;
  gtk4-no-theme-css-injection = ./gtk4-no-theme-css-injection.nix;
  gtk4-stateversion-theme-inheritance = ./gtk4-stateversion-theme-inheritance.nix;
  gtk4-stateversion-no-theme-inheritance = ./gtk4-stateversion-no-theme-inheritance.nix;
}
