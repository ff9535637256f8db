{
  activation-order = ./order.nix;
  activation-cycle = ./cycle.nix;
  activation-assertions = ./assertions.nix;
  activation-warnings = ./warnings.nix;
}
