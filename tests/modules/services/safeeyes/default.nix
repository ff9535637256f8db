{
  safeeyes-service = ./service.nix;
  safeeyes-package = ./package.nix;
}
