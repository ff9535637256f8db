# Compound types: per-element/per-attribute merging, either/nullOr
# branches, coercion, functions, submodules, and type metadata.
let
  lib = import ../lib.nix;
  inherit (lib) types mkOption mkIf mkForce mkDefault mkOrder;
  val =
    t: defs:
    (lib.evalModules {
      modules = [ { options.x = mkOption { type = t; }; } ] ++ map (d: { x = d; }) defs;
    }).config.x;
  sub = types.submodule ({ name, ... }: {
    options.n = mkOption { type = types.str; default = name; };
    options.v = mkOption { type = types.int; default = 0; };
    options.l = mkOption { type = types.listOf types.int; default = [ ]; };
  });
in
{
  listElements = val (types.listOf types.int) [ [ (mkIf false 1) 2 (mkForce 3) ] [ 4 ] ];
  listBadElement = val (types.listOf types.int) [ [ 1 "two" ] ];
  listNotList = val (types.listOf types.int) [ 1 ];
  listOfSubmodules = val (types.listOf sub) [ [ { v = 1; } ] [ { l = [ 1 ]; } { } ] ];
  nonEmptyListEmpty = val (types.nonEmptyListOf types.int) [ [ ] ];
  attrsVanish = val (types.attrsOf types.int) [ { a = 1; b = mkIf false 2; } ];
  attrsPerKeyConflict = val (types.attrsOf types.int) [ { a = 1; } { a = 2; } ];
  attrsNotAttrs = val (types.attrsOf types.int) [ [ 1 ] ];
  lazyAttrsKeepsName = builtins.attrNames (val (types.lazyAttrsOf types.int) [ { a = 1; b = mkIf false 2; } ]);
  lazyAttrsNoValue = (val (types.lazyAttrsOf types.int) [ { b = mkIf false 2; } ]).b;
  lazyAttrsEmptyValue = (val (types.lazyAttrsOf (types.listOf types.int)) [ { b = mkIf false [ 2 ]; } ]).b;
  # Values may refer to each other through config with lazyAttrsOf.
  lazyAttrsSelfRef = (lib.evalModules {
    modules = [
      { options.x = mkOption { type = types.lazyAttrsOf types.int; }; }
      ({ config, ... }: { x.a = 1; x.b = config.x.a + 1; })
    ];
  }).config.x;
  attrsOfSubmodules = val (types.attrsOf sub) [ { foo.v = 1; } { foo.l = [ 2 ]; bar = { }; } ];
  attrsWithPlaceholder = (types.attrsWith { elemType = types.int; placeholder = "user"; }).getSubOptions [ "x" ];
  nullAll = val (types.nullOr types.int) [ null null ];
  nullNone = val (types.nullOr types.int) [ 1 1 ];
  nullMixed = val (types.nullOr types.int) [ null 1 ];
  eitherFirst = val (types.either types.int types.str) [ 1 ];
  eitherSecond = val (types.either types.int types.str) [ "a" "a" ];
  eitherMixed = val (types.either types.int types.str) [ 1 "a" ];
  eitherNeither = val (types.either types.int types.str) [ true ];
  oneOfLists = val (types.oneOf [ types.int (types.listOf types.int) types.str ]) [ [ 1 ] [ 2 ] ];
  coerced = val (types.coercedTo types.int toString types.str) [ 5 ];
  coercedMixed = val (types.coercedTo types.int (n: [ n ]) (types.listOf types.int)) [ 5 [ 6 ] ];
  coercedBad = val (types.coercedTo types.int toString types.str) [ true ];
  functionTo = (val (types.functionTo types.lines) [ (x: "${x}!") (x: "b${x}") ]) "a";
  functionToList = (val (types.functionTo (types.listOf types.int)) [ (x: [ x ]) (x: [ (x + 1) ]) ]) 1;
  anythingRecursive = val types.anything [ { a.b = 1; l = [ 1 ]; } { a.c = mkDefault 2; a.b = 1; l = [ 1 ]; } ];
  anythingConflict = val types.anything [ { a = 1; } { a = "s"; } ];
  anythingKinds = val types.anything [ 1 "s" ];
  anythingFunctions = (val types.anything [ (x: { a = x; }) (x: { b = x; }) ]) 3;
  addCheckOk = val (types.addCheck types.int (x: x > 2)) [ 3 ];
  addCheckBad = val (types.addCheck types.int (x: x > 2)) [ 1 ];
  addCheckListBad = val (types.addCheck (types.listOf types.int) (l: builtins.length l < 2)) [ [ 1 2 ] ];
  adHocCheckOnV2 = val (types.listOf types.int // { check = builtins.isList; }) [ [ 1 ] ];
  optionTypeMerge = (val types.optionType [ (types.enum [ "a" ]) (types.enum [ "b" ]) ]).description;
  deferred =
    let
      m = val types.deferredModule [ { y = 1; } ];
    in
    (lib.evalModules { modules = [ m { options.y = mkOption { type = types.int; }; } ]; }).config.y;
  deferredFile = builtins.head ((val types.deferredModule [ { y = 1; } ]).imports);
  descriptions = map (t: t.description) [
    (types.attrsOf (types.submodule { }))
    (types.listOf (types.attrsOf (types.nullOr (types.either types.ints.s8 types.str))))
    (types.nullOr (types.listOf types.str))
    (types.either types.ints.unsigned types.str)
    (types.functionTo (types.attrsOf types.int))
    (types.coercedTo types.int toString types.str)
    (types.enum [ ])
    (types.enum [ "x" ])
    (types.lazyAttrsOf types.raw)
    (types.submodule { freeformType = types.attrsOf types.str; })
    types.number
    types.package
    types.path
    (types.pathWith { inStore = false; absolute = true; })
    (types.separatedString ",")
    (types.nonEmptyListOf types.str)
    (types.uniq (types.listOf types.str))
  ];
  names = map (t: t.name) [ types.int types.ints.u8 types.port (types.listOf types.int) (types.attrsOf types.int) (types.lazyAttrsOf types.int) (types.strMatching "a") (types.submodule { }) ];
  nestedTypes = (types.attrsOf (types.listOf types.int)).nestedTypes.elemType.nestedTypes.elemType.name;
  eitherNested = with (types.either types.int types.str).nestedTypes; [ left.name right.name ];
  emptyValues = map (t: t.emptyValue) [ (types.listOf types.int) (types.attrsOf types.int) (types.nullOr types.int) types.int types.attrs ];
  emptyValueOption = (lib.evalModules { modules = [ { options = { l = mkOption { type = types.listOf types.int; }; a = mkOption { type = types.attrsOf types.int; }; n = mkOption { type = types.nullOr types.int; }; s = mkOption { type = sub; }; }; } ]; }).config;
  subOptions = builtins.attrNames ((types.listOf sub).getSubOptions [ "p" ]);
  subOptionLoc = ((types.attrsOf sub).getSubOptions [ "p" ]).v.loc;
  typeMergeEnum = ((types.enum [ "a" ]).typeMerge (types.enum [ "b" "a" ]).functor).description;
  typeMergeDifferent = (types.int.typeMerge types.str.functor);
  typeMergeList = ((types.listOf types.int).typeMerge (types.listOf types.int).functor).description;
  mergeTypesError = types.mergeTypes types.int types.str;
}
