# Remaining module-system surface: aliases, apply, importApply,
# per-attribute priorities, attrTag, deprecated evalModules arguments.
let
  lib = import ../lib.nix;
  inherit (lib) types mkOption mkDefault mkForce;
  ev = modules: lib.evalModules { inherit modules; };
in
{
  aliasDefinitions = (ev [
    { options.a = mkOption { type = types.listOf types.int; }; options.b = mkOption { type = types.listOf types.int; default = [ ]; }; }
    ({ options, ... }: { b = lib.mkAliasDefinitions options.a; })
    { a = [ 1 ]; }
    { a = [ 2 ]; }
  ]).config.b;
  aliasUndefined = (ev [
    { options.a = mkOption { type = types.int; }; options.b = mkOption { type = types.int; default = 0; }; }
    ({ options, ... }: { b = lib.mkAliasDefinitions options.a; })
  ]).config.b;
  apply = (ev [ { options.a = mkOption { type = types.int; default = 2; apply = x: x * 10; }; } ]).config.a;
  applyError = (ev [ { options.a = mkOption { type = types.int; apply = x: throw "bad apply"; }; } { a = 1; } ]).config.a;
  importApply = (ev [ (lib.modules.importApply ./files/apply-me.nix "hi") ]).config.g;
  importApplyFile = map baseNameOf (ev [ (lib.modules.importApply ./files/apply-me.nix "hi") ]).options.g.declarations;
  attrPrios = lib.modules.mergeAttrDefinitionsWithPrio (ev [
    { options.m = mkOption { type = types.attrsOf types.int; }; }
    { m.a = mkDefault 1; m.b = 2; }
    { m.c = mkForce 3; }
  ]).options.m;
  attrTag = (ev [
    { options.t = mkOption { type = types.attrTag { num = mkOption { type = types.int; }; str = mkOption { type = types.str; }; }; }; }
    { t.num = 4; }
  ]).config.t;
  attrTagDescription = (types.attrTag { b = mkOption { }; a = mkOption { }; }).description;
  deprecatedArgs = (lib.evalModules { modules = [ ({ x, ... }: { options.v = mkOption { default = x; }; }) ]; args.x = 5; }).config.v;
  submoduleArgsInternal = ((types.submodule { }).getSubOptions [ "s" ])._module.args.internal;
  submodulePrefix = (ev [ { options.s = mkOption { type = types.attrsOf (types.submodule ({ options, ... }: { options.p = mkOption { default = options.p.loc; }; })); }; } { s.k = { }; } ]).config.s.k.p;
  valueMetaConfiguration = (ev [ { options.s = mkOption { type = types.submodule { options.v = mkOption { default = 1; }; }; default = { }; }; } ]).options.s.valueMeta.configuration.config.v;
  setDefaultModuleLocation = (ev [ (lib.modules.setDefaultModuleLocation "where.nix" { options.w = mkOption { default = 1; }; }) ]).options.w.declarations;
  docList = map (o: o.name) (lib.options.optionAttrSetToDocList (ev [ { options.a.b = mkOption { default = 1; description = "d"; }; options.c = mkOption { type = types.submodule { options.d = mkOption { }; }; }; } ]).options);
}
