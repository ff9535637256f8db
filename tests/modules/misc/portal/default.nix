{
  portal = ./portal.nix;
  common = ./common.nix;
  unconfigured = ./unconfigured.nix;
  no-backend = ./no-backend.nix;
}
