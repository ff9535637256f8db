{
  gnome-keyring-basic-service = ./basic-service.nix;
  gnome-keyring-custom-components = ./custom-components.nix;
  gnome-keyring-pass-secret-service = ./pass-secret-service.nix;
}
