# Module identity: file keys dedup, anonymous modules never do, explicit
# keys win; disabledModules by path, key and modulesPath-relative string.
let
  lib = import ../lib.nix;
  ev = modules: lib.evalModules { inherit modules; };
  evp = modules: lib.evalModules { inherit modules; specialArgs.modulesPath = ./files/modpath; };
  anon = { l = [ "anon" ]; };
in
{
  # a-imp.nix is imported twice (by a.nix and b.nix) but counted once.
  fileDedup = (ev [ ./files/decl-l.nix ./files/a.nix ./files/b.nix ]).config.l;
  anonDuplicates = (ev [ ./files/decl-l.nix anon anon ]).config.l;
  keyDedup = (ev [ ./files/decl-l.nix ./files/keyed.nix ./files/keyed.nix { key = "my-key"; l = [ "other" ]; } ]).config.l;
  # Disabling a.nix drops its import too, unless imported elsewhere.
  disabledByPath = (ev [ ./files/decl-l.nix ./files/a.nix ./files/disabler.nix ]).config.l;
  disabledKeepsOtherImport = (ev [ ./files/decl-l.nix ./files/a.nix ./files/b.nix ./files/disabler.nix ]).config.l;
  disabledByKey = (ev [ ./files/decl-l.nix ./files/keyed.nix { disabledModules = [ "/my-key" ]; } ]).config.l;
  disabledByKeyAttr = (ev [ ./files/decl-l.nix ./files/keyed.nix { disabledModules = [ { key = "my-key"; } ]; } ]).config.l;
  disabledByModulesPath = (evp [ ./files/decl-l.nix ./files/modpath/x.nix { disabledModules = [ "x.nix" ]; } ]).config.l;
  disabledBadItem = (ev [ ./files/decl-l.nix { disabledModules = [ { foo = 1; } ]; } ]).config.l;
  graph =
    let
      g = (ev [ { imports = [ { } ]; } { key = "k"; } ]).graph;
    in
    map (n: { inherit (n) key file disabled; imports = map (i: i.key) n.imports; }) g;
  nestedList = (ev [ [ { } ] ]).config;
  notAModule = (ev [ { _type = "flake"; } ]).config;
}
