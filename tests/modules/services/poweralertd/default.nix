{
  poweralertd-service = ./service.nix;
  poweralertd-escaping = ./escaping.nix;
}
