{
  mise-custom-settings = ./custom-settings.nix;
  mise-shells = ./shells.nix;
  mise-no-package = ./no-package.nix;
}
