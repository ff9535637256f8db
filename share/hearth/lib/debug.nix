# Tracing helpers and `runTests`, the record-based test runner that the
# tests under tests/lib use too.
{ lib }:
let
  inherit (builtins) trace deepSeq isList isAttrs mapAttrs;
  pretty = lib.generators.toPretty { allowPrettyValues = true; };
in
rec {
  /** Trace `msg` if the predicate holds, then return `x`.
      Type: bool -> string -> a -> a.  Example: `traceIf true "hi" 1` => `1` (traces "hi") */
  traceIf = pred: msg: x: if pred then trace msg x else x;

  /** Trace `f x`, return `x`.
      Type: (a -> b) -> a -> a.  Example: `traceValFn (x: "v=${toString x}") 1` => `1` */
  traceValFn = f: x: trace (f x) x;

  /** Trace a value and return it.
      Type: a -> a.  Example: `traceVal 1` => `1` */
  traceVal = traceValFn (x: x);

  /** Trace `x` fully evaluated, return `y`.
      Type: a -> b -> b.  Example: `traceSeq { a = [ 1 ]; } 2` => `2` */
  traceSeq = x: y: trace (deepSeq x x) y;

  /** Trace `x` evaluated to `depth` levels (deeper lists and sets shown as
      `[…]` / `{…}`), return `y`.
      Type: int -> a -> b -> b.  Example: `traceSeqN 1 { a.b = 1; } 2` => `2` (traces "{ a = {…}; }") */
  traceSeqN = depth: x: y:
    let
      hide = str: v: {
        __pretty = _: str;
        val = v;
      };
      snip = v: if isList v then hide "[…]" v else if isAttrs v then hide "{…}" v else v;
      cut = n: v:
        if n == 0 then
          snip v
        else if isList v then
          map (cut (n - 1)) v
        else if isAttrs v then
          mapAttrs (_: cut (n - 1)) v
        else
          v;
    in
    trace (pretty (cut depth x)) y;

  /** Trace `f v` with `v` fully evaluated, return `v`.
      Type: (a -> b) -> a -> a.  Example: `traceValSeqFn (x: x) [ 1 ]` => `[ 1 ]` */
  traceValSeqFn = f: v: traceValFn f (deepSeq v v);

  /** Trace a fully evaluated value and return it.
      Type: a -> a.  Example: `traceValSeq [ 1 ]` => `[ 1 ]` */
  traceValSeq = traceValSeqFn (x: x);

  /** Trace `f v` to `depth` levels, return `v`.
      Type: (a -> b) -> int -> a -> a.  Example: `traceValSeqNFn (x: x) 1 [ 1 ]` => `[ 1 ]` */
  traceValSeqNFn = f: depth: v: traceSeqN depth (f v) v;

  /** Trace a value to `depth` levels and return it.
      Type: int -> a -> a.  Example: `traceValSeqN 1 [ 1 ]` => `[ 1 ]` */
  traceValSeqN = traceValSeqNFn (x: x);

  /** Call `f v`, tracing `{ fn = name; from = v; to = result; }` to depth+1.
      Type: int -> string -> (a -> b) -> a -> b.  Example: `traceFnSeqN 1 "inc" (x: x + 1) 1` => `2` */
  traceFnSeqN = depth: name: f: v:
    let
      res = f v;
    in
    traceSeqN (depth + 1) {
      fn = name;
      from = v;
      to = res;
    } res;

  /** Run `{ testName = { expr; expected; }; }` records (names must start
      with "test", or be listed in `tests`) and return the failures as
      `{ name; expected; result; }`. A record with `expectedError` instead
      passes when evaluating `expr` throws.
      Type: attrs -> [attrs].  Example: `runTests { testA = { expr = 1; expected = 1; }; }` => `[ ]` */
  runTests = tests:
    let
      only = tests.tests or [ ];
      selected = name: (builtins.substring 0 4 name == "test" || builtins.elem name only) && (only == [ ] || builtins.elem name only);
      failing = name: test:
        if test ? expectedError then
          let
            r = builtins.tryEval (deepSeq test.expr test.expr);
          in
          if r.success then
            [
              {
                inherit name;
                expected = test.expectedError;
                result = r.value;
              }
            ]
          else
            [ ]
        else if test.expr != test.expected then
          [
            {
              inherit name;
              inherit (test) expected;
              result = test.expr;
            }
          ]
        else
          [ ];
    in
    builtins.concatLists (
      builtins.attrValues (mapAttrs (name: test: if name != "tests" && selected name then failing name test else [ ]) tests)
    );

  /** A test record expecting every element of a list to be true.
      Type: [bool] -> { expr; expected; }.  Example: `testAllTrue [ true ]` => `{ expr = [ true ]; expected = [ true ]; }` */
  testAllTrue = expr: {
    inherit expr;
    expected = map (x: true) expr;
  };
}
