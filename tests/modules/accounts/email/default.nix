{
  email-no-primary = ./no-primary.nix;
  email-two-primaries = ./two-primaries.nix;
  email-disabled-primary = ./disabled-primary.nix;
  email-flavors = ./flavors.nix;
  email-fixture = ./fixture.nix;
}
