# Cases aimed at the lib's native helpers (builtins.hearthModule*): every
# piece of an option record they build, compared with what the plain-Nix
# code gives (expected.txt comes from Nix, which only has that code).
let
  lib = import ../lib.nix;
  inherit (builtins) length;
  inherit (lib) types mkOption mkDefault mkForce mkOverride mkIf mkMerge mkBefore mkAfter mkOrder mkDefinition;
  ev = modules: lib.evalModules { inherit modules; };
  meta = o: {
    inherit (o) value highestPrio definitions files isDefined declarations loc;
    positions = map (p: p.line or null) o.declarationPositions;
    type = o.type.description;
  };
  decls = {
    options.a = mkOption { type = types.listOf types.str; default = [ "d" ]; };
    options.b = mkOption { default = 1; };
    options.c = mkOption {
      type = types.submodule { options.x = mkOption { type = types.int; default = 0; }; };
      default = { };
    };
    options.d = mkOption { type = types.attrsOf types.int; };
    options.e = mkOption { type = types.nullOr types.str; };
  };
  defs = [
    decls
    {
      _file = "one.nix";
      a = mkMerge [
        (mkIf true [ "t" ])
        (mkIf false [ "f" ])
        (mkMerge [ (mkAfter [ "late" ]) (mkBefore [ "early" ]) ])
      ];
      b = mkMerge [ (mkDefault 2) (mkDefault 2) ];
      c.x = mkOverride 90 5;
      d = mkMerge [ { p = mkDefault 1; } (mkIf true { q = mkOrder 10 2; }) ];
    }
    { _file = "two.nix"; a = mkOrder 700 [ "mid" ]; c = mkIf true { x = mkOverride 95 6; }; d.p = 3; }
    { _file = "named.nix"; e = mkDefinition { file = "given.nix"; value = mkForce "v"; }; }
    { e = mkDefault null; }
  ];
  cfg = ev defs;
  # Declared twice: the plain-Nix declaration merge (types merge).
  twice = ev [
    { options.t = mkOption { type = types.listOf types.int; }; }
    { options.t = mkOption { type = types.listOf types.int; default = [ 1 ]; }; }
    { t = [ 2 ]; }
  ];
in
{
  a = meta cfg.options.a;
  b = meta cfg.options.b;
  c = meta cfg.options.c;
  d = meta cfg.options.d;
  e = meta cfg.options.e;
  prioOnly = cfg.options.e.highestPrio;
  eWithLocations = cfg.options.e.definitionsWithLocations;
  twice = meta twice.options.t;
  # Only the winning priority's values are forced.
  lazyLosers = (ev [ { options.l = mkOption { type = types.int; }; } { l = mkForce 1; } { l = mkDefault (throw "forced"); } ]).config.l;
  # mkIf conditions are forced, contents of false ones never.
  lazyFalse = (ev [ { options.l = mkOption { type = types.int; }; } { l = mkIf false (throw "forced"); } { l = 2; } ]).config.l;
  # Module shapes (unifyModuleSyntax): meta and freeformType beside
  # config, the shorthand form, keys and files given or not.
  shapes =
    let
      r = ev [
        { options.meta = mkOption { type = types.attrsOf types.int; default = { }; }; }
        {
          _file = "full.nix";
          key = "k1";
          meta.a = 1;
          freeformType = types.attrsOf types.int;
          config.free = 3;
        }
        { meta.b = 2; imports = [ { _file = ./native.nix; key = ./native.nix; meta.c = 3; } ]; }
        { key = "k1"; meta.d = 4; }
      ];
    in
    {
      inherit (r.config) meta free;
      files = map baseNameOf r.options.meta.files;
      graph = map (g: { inherit (g) key disabled; imports = length g.imports; }) r.graph;
    };
  noDecl = (ev [ { options.n = mkOption { }; } { n = [ 1 ]; } ]).options.n.type.name;
}
