{
  khal-config = ./config.nix;
  khal-default-calendar-override = ./default-calendar-override.nix;
  khal-accounts = ./accounts.nix;
}
