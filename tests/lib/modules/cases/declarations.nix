# Option declarations: merging several declarations, bare submodule
# trees, and the errors for declarations that cannot merge.
let
  lib = import ../lib.nix;
  inherit (lib) types mkOption;
  ev = modules: lib.evalModules { inherit modules; };
in
{
  mergeDecls =
    let
      e = ev [
        { _file = "a.nix"; options.x = mkOption { type = types.enum [ "a" ]; default = "a"; }; }
        { _file = "b.nix"; options.x = mkOption { type = types.enum [ "b" ]; description = "X."; }; }
        { x = "b"; }
      ];
    in
    { inherit (e.config) x; inherit (e.options.x) declarations description; type = e.options.x.type.description; };
  twoDefaults = (ev [
    { _file = "a.nix"; options.x = mkOption { default = 1; }; }
    { _file = "b.nix"; options.x = mkOption { default = 2; }; }
  ]).config.x;
  typesDoNotMerge = (ev [
    { _file = "a.nix"; options.x = mkOption { type = types.int; }; }
    { _file = "b.nix"; options.x = mkOption { type = types.str; }; }
  ]).config.x;
  submoduleModulesConcat = (ev [
    { options.s = mkOption { type = types.submodule { options.a = mkOption { default = 1; }; }; }; }
    { options.s = mkOption { type = types.submodule { options.b = mkOption { default = 2; }; }; }; }
    { s = { }; }
  ]).config.s;
  bareSubmoduleTree = (ev [
    { options.s = mkOption { type = types.submodule { options.a = mkOption { default = 1; }; }; }; }
    { options.s.b = mkOption { default = 2; }; }
    { s.a = 3; }
  ]).config.s;
  parentOfNonSubmodule = (ev [
    { _file = "a.nix"; options.x = mkOption { type = types.int; }; }
    { _file = "b.nix"; options.x.y = mkOption { }; }
  ]).config.x;
  bareType = (ev [ { _file = "a.nix"; options.foo.bar = types.int; } ]).config;
  optionsNotAttrs = (ev [ { options = 5; } ]).config;
  declarationPositions = map (p: p.line) (ev [ { options.x = mkOption { default = 1; }; } ]).options.x.declarationPositions;
  optionEntries = builtins.attrNames (ev [ { options.x = mkOption { default = 1; }; } ]).options.x;
  definitionsWithLocations = (ev [ { options.x = mkOption { type = types.listOf types.int; }; } { _file = "d.nix"; x = [ 1 ]; } ]).options.x.definitionsWithLocations;
  internalDefaults = let o = (ev [ ]).options._module; in { check = o.check.value; freeform = o.freeformType.value; argsInternal = o.args.internal or false; };
  moduleType = let e = ev [ { options.x = mkOption { default = 1; }; } ]; in (lib.evalModules { modules = [ { options.sub = mkOption { type = e.type; }; } { sub.x = 2; } ]; }).config.sub;
  extend = let e = ev [ { options.x = mkOption { type = types.listOf types.int; }; } { x = [ 1 ]; } ]; in (e.extendModules { modules = [ { x = [ 2 ]; } ]; }).config.x;
  extendArg = let e = ev [ { options.x = mkOption { }; } ({ extendModules, ... }: { x = builtins.isFunction extendModules; }) ]; in e.config.x;
  configurationType = (ev [ ]) ._type;
  classMismatch = (lib.evalModules { class = "nixos"; modules = [ ./files/class-darwin.nix ]; }).config;
  classMatch = (lib.evalModules { class = "darwin"; modules = [ ./files/class-darwin.nix { _class = "darwin"; } ]; }).config;
  classUnchecked = (lib.evalModules { modules = [ ./files/class-darwin.nix ]; }).config;
  configurationAsModule = (lib.evalModules { modules = [ (ev [ ]) ]; }).config;
  assertionsModule = let e = ev [ ../../../../share/hearth/lib/modules/assertions.nix ../../../../share/hearth/lib/modules/meta.nix { assertions = [ { assertion = false; message = "m"; } ]; warnings = [ "w" ]; meta.maintainers = [ { name = "x"; } ]; } ]; in { inherit (e.config) assertions warnings meta; };
}
