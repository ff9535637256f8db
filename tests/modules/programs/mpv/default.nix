{
  mpv-example-settings = ./example-settings.nix;
  mpv-legacy-config = ./legacy-config.nix;
  mpv-newline-values = ./newline-values.nix;
  mpv-scripts = ./scripts.nix;
  mpv-invalid-settings = ./invalid-settings.nix;
  mpv-override-with-null-package = ./override-with-null-package.nix;
}
