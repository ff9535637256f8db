{
  emacs-extra-config = ./emacs-extra-config.nix;
  emacs-packages = ./emacs-packages.nix;
  emacs-service-package = ./emacs-service-package.nix;
}
