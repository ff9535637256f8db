# types.attrListOf / attrListWith: ordered one-attribute sets from list and
# attribute-set definitions, mkOrder sorting, per-name mkOverride, and a
# type that never merges with a second declaration.
let
  lib = import ../lib.nix;
  inherit (lib) types mkOption mkOrder mkBefore mkAfter mkForce mkDefault mkIf;
  ev = modules: lib.evalModules { inherit modules; };
  decl = type: { options.l = mkOption { inherit type; }; };
  mixed = ev [
    (decl (types.attrListOf types.int))
    { l = [ { a = 1; } (mkAfter { z = 9; }) { b = mkBefore 2; } ]; }
    { l = { c = 3; a = mkForce 10; d = mkDefault 4; }; }
    { l = mkIf false [ { x = 1; } ]; }
  ];
in
{
  mixed = mixed.config.l;
  description = mixed.options.l.type.description;
  # Within one priority, definition order stays.
  stable = (ev [ (decl (types.attrListOf types.str)) { l = [ { a = "1"; } { a = "2"; } (mkOrder 1000 { b = "3"; }) ]; } ]).config.l;
  orderInsideOverride = (ev [ (decl (types.attrListOf types.int)) { l = { a = mkForce (mkBefore 1); b = mkOrder 400 (mkForce 2); }; } { l.c = 3; } ]).config.l;
  submodules =
    (ev [
      (decl (types.attrListOf (types.submodule { options.x = mkOption { type = types.int; default = 0; }; })))
      { l = [ { one.x = 1; } { two = { }; } ]; }
    ]).config.l;
  asAttrs =
    (ev [
      (decl (types.attrListWith { elemType = types.int; asAttrs = true; mergeAttrValues = n: vs: builtins.foldl' (a: b: a + b) 0 vs; }))
      { l = [ { a = 1; } { b = 2; } { a = 3; } ]; }
    ]).config.l;
  asAttrsList =
    (ev [
      (decl (types.attrListWith { elemType = types.int; asAttrs = true; }))
      { l = [ { a = 1; } { a = 3; } ]; }
    ]).config.l;
  empty = (ev [ (decl (types.attrListOf types.int)) ]).config.l;
  elementType = (ev [ (decl (types.attrListOf types.int)) { l = [ { a = "x"; } ]; } ]).config.l;
  twoKeys = (ev [ (decl (types.attrListOf types.int)) { l = [ { a = 1; b = 2; } ]; } ]).config.l;
  notASet = (ev [ (decl (types.attrListOf types.int)) { l = [ 1 ]; } ]).config.l;
  declaredTwice = (ev [ (decl (types.attrListOf types.int)) (decl (types.attrListOf types.int)) ]).config.l;
}
