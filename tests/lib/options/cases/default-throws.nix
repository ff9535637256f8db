# A default that cannot be evaluated: the error names the option.
{ lib, ... }:
{
  options.x = lib.mkOption {
    type = lib.types.int;
    default = throw "no default here";
    description = "X.";
  };
}
