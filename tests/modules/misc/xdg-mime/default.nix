{
  xdg-mime-enabled = ./enabled.nix;
  xdg-mime-disabled = ./disabled.nix;
  xdg-mime-packages = ./packages.nix;
  xdg-mime-default-on = ./default-on.nix;
}
