{
  lf-all-options = ./all-options.nix;
  lf-minimal-options = ./minimal-options.nix;
  lf-no-pv-keybind = ./no-pv-keybind.nix;
}
