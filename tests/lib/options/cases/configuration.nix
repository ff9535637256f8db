# An evaluated configuration, selected with -A; --arg reaches the function.
{ greeting ? "hello" }:
let
  lib = import ../../../../share/hearth/lib;
in
{
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
