# An evaluated configuration, its option tree and a result holding the tree,
# selected with -A; --arg reaches the function.
{ greeting ? "hello" }:
let
  lib = import ../../../../share/hearth/lib;
in
rec {
  # What Home Manager returns: no _type, the tree under `options`.
  resultLike = {
    inherit (eval) options config;
    activationPackage = null;
  };
  eval = lib.evalModules {
    modules = [
      {
        options.greeting = lib.mkOption {
          type = lib.types.str;
          default = greeting;
          description = "What to say.";
        };
        options.nested.deep.flag = lib.mkOption {
          type = lib.types.bool;
          default = false;
          example = true;
          description = "A flag.";
        };
      }
    ];
  };
}
