{
  mise-custom-settings = ./custom-settings.nix;
  mise-custom-settings-renamed = ./custom-settings-renamed.nix;
  mise-mutable-config = ./mutable-config.nix;
  mise-shells = ./shells.nix;
  mise-no-package = ./no-package.nix;
}
