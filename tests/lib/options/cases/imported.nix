{ lib, ... }:
{
  options.a = lib.mkOption {
    type = lib.types.enum [ "x" "y" ];
    default = "x";
    description = "Declared in a file of its own.";
  };
  # Declared twice: both files are listed, the example comes from here.
  options.b = lib.mkOption { example = "two"; };
}
