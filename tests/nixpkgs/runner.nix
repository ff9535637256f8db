# Evaluates one case file against Hearth's package set. A case file is
# `{ lib, pkgs, nixpkgs }: { name = { expr; expected; }; ... }`, where
# `nixpkgs` is the package set's source directory (to import it again with
# other arguments) and `pkgs` is `import nixpkgs { }` with no overlays and
# without the Debian layer (config.debian.index = null), so results do not
# depend on the machine's apt sources. `expectedError = true` instead of `expected` means forcing
# `expr` deeply must throw. The result is { passed; failed; report; }.
{
  file,
  nixpkgs ? ../../share/hearth/nixpkgs,
}:
let
  pkgs = import nixpkgs {
    config.debian.index = null;
    overlays = [ ];
  };
  inherit (pkgs) lib;
  raw = import file { inherit lib pkgs nixpkgs; };
  records = lib.mapAttrsToList lib.nameValuePair raw;

  show =
    v:
    let
      r = builtins.tryEval (lib.generators.toPretty { } v);
    in
    if r.success then r.value else "<unprintable>";

  check =
    { name, value }:
    let
      r = builtins.tryEval (builtins.deepSeq value.expr value.expr);
    in
    if value ? expectedError then
      if r.success then [ "${name}: expected an error, got ${show r.value}" ] else [ ]
    else if !r.success then
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
