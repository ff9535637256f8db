// The text of builtins.derivation (see the comment at its top), kept as
// a raw string so the binary needs no data files. Its line numbers are
// part of Nix's error messages: line 1 starts right after R"nix(.
#include "glue/builtins/builtins.hh"

namespace hearth::glue {

const char* const derivation_nix =
    R"nix(# builtins.derivation: the Nix-level wrapper over the derivationStrict
# primop. Hearth's own text, compiled into the binary and parsed under the
# name Nix gives its wrapper, <nix/derivation-internal.nix>. Nix's error
# traces show lines of that file (37, 49-51, 57 and 60), so those lines
# hold the same code at the same line and column here.
#
# A derivation value is the attribute set passed in, plus one attribute
# per output. Each of those is again the whole set, seen through that
# output: its outPath is that output's path and outputName its name, so
# `d.dev` is the same derivation with the dev output selected. `all` lists
# every output's set and `drvAttrs` keeps the arguments as they were.
#
# Everything stays lazy. derivationStrict, which computes (and, with a
# store, writes) the .drv, runs only when an outPath or the drvPath is
# forced, so a derivation's attribute names and its `type` can be read
# without instantiating it.
#
# derivationStrict returns { drvPath = "..."; <output> = "..."; ... };
# each string carries the context that makes a later derivation depend on
# this one: the .drv with its closure for drvPath, one output for the
# output paths.
#
# `outputs` defaults to the single output "out". Its first element is the
# output a derivation value stands for, which is why `head` picks the
# result below.
#
# The names used below (strict, commonAttrs, outputToAttrListElement,
# outputsList) are visible in traces, so they are Nix's.
#
# This comment is padding as much as documentation: the function header
# must end by line 33.

drvAttrs@{ outputs ? [ "out" ], ... }:

let

  strict = derivationStrict drvAttrs;

  commonAttrs =
    drvAttrs
    // (builtins.listToAttrs outputsList)
    // {
      all = map (x: x.value) outputsList;
      inherit drvAttrs;
    };

  outputToAttrListElement = outputName: {
    name = outputName;
    value = commonAttrs // {
      outPath = builtins.getAttr outputName strict;
      drvPath = strict.drvPath;
      type = "derivation";
      inherit outputName;
    };
  };

  outputsList = map outputToAttrListElement outputs;

in
(builtins.head outputsList).value
)nix";

} // namespace hearth::glue
