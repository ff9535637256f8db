# A list of modules: a path keeps its own file, an inline module is
# attributed to this file.
let
  lib = import ../../../../share/hearth/lib;
in
[
  ./imported.nix
  {
    options.b = lib.mkOption {
      type = lib.types.either lib.types.int lib.types.str;
      default = 1;
      description = "Declared inline.";
    };
  }
]
