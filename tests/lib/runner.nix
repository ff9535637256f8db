# Evaluates one case file of runTests-style records against Hearth's lib.
# A case file is `{ lib }: { testName = { expr; expected; }; ... }` (or a
# list of such records); a record may give `expectedError = true` instead
# of `expected`, meaning evaluating `expr` deeply must throw.
# The result is { passed; failed; report = [ "name: ..." ]; }, so any
# evaluator with --eval --strict --json can run it.
{ file, libPath ? ../../share/hearth/lib }:
let
  lib = import libPath;
  raw = import file { inherit lib; };
  records =
    if builtins.isList raw then
      lib.imap0 (i: r: { name = "#${toString i}"; value = r; }) raw
    else
      lib.mapAttrsToList lib.nameValuePair raw;

  # Render for the report without letting a rendering failure hide the test.
  show = v:
    let
      r = builtins.tryEval (lib.generators.toPretty { } v);
    in
    if r.success then r.value else "<unprintable>";

  check = { name, value }:
    if value ? expectedError then
      let
        r = builtins.tryEval (builtins.deepSeq value.expr value.expr);
      in
      if r.success then [ "${name}: expected an error, got ${show r.value}" ] else [ ]
    else
      let
        r = builtins.tryEval (builtins.deepSeq value.expr value.expr);
      in
      if !r.success then
        [ "${name}: evaluation threw\n  expected: ${show value.expected}" ]
      else if r.value == value.expected then
        [ ]
      else
        [ "${name}:\n  expr:     ${show r.value}\n  expected: ${show value.expected}" ];

  report = builtins.concatMap check records;
in
{
  passed = builtins.length records - builtins.length report;
  failed = builtins.length report;
  inherit report;
}
