{
  davmail-custom-settings = ./custom-settings.nix;
  davmail-escaping = ./escaping.nix;
  davmail-imitateOutlook = ./imitateOutlook.nix;
  davmail-service = ./service.nix;
}
