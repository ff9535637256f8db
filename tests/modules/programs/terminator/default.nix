{
  terminator-config-file = ./config-file.nix;
  terminator-nested = ./nested.nix;
}
