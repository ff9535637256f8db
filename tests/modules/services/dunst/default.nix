{
  dunst-with-settings = ./with-settings.nix;
  dunst-without-settings = ./without-settings.nix;
  dunst-with-ordered-settings = ./with-ordered-settings.nix;
}
