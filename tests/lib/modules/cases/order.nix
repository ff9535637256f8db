# Definition order: reverse breadth-first over the module closure at the
# top level, forward inside submodules; mkBefore/mkAfter; attrs first-wins.
let
  lib = import ../lib.nix;
  inherit (lib) types mkOption mkBefore mkAfter mkOrder;
  decls = {
    options.l = mkOption { type = types.listOf types.str; };
    options.text = mkOption { type = types.lines; };
    options.sub = mkOption {
      type = types.submodule { options.l = mkOption { type = types.listOf types.str; }; };
    };
    options.subs = mkOption {
      type = types.attrsOf (types.submodule { options.l = mkOption { type = types.listOf types.str; }; });
    };
    options.lists = mkOption { type = types.attrsOf (types.listOf types.str); };
    options.a = mkOption { type = types.attrs; };
  };
  mod = tag: extra: {
    l = [ tag ];
    sub.l = [ tag ];
    subs.x.l = [ tag ];
    lists.x = [ tag ];
    a = { v = tag; };
  } // extra;
  A = mod "a" { imports = [ (mod "a-imp" { }) ]; };
  B = mod "b" { imports = [ (mod "b-imp" { }) ]; };
  C = mod "c" { };
  cfg = (lib.evalModules { modules = [ decls A B C ]; }).config;
  text = (lib.evalModules {
    modules = [
      decls
      { text = "one"; }
      { text = mkAfter "last"; }
      { text = mkBefore "first"; }
      { text = "two"; }
      { text = mkOrder 1200 "late"; }
    ];
  }).config.text;
in
{
  topList = cfg.l;
  subList = cfg.sub.l;
  attrsOfSubList = cfg.subs.x.l;
  attrsOfList = cfg.lists.x;
  attrsFirstWins = cfg.a;
  lines = text;
}
