# mkIf/mkMerge/mkOverride are pushed down by attribute names only, so
# conditions may read the final config; mkOrder is never pushed down.
let
  lib = import ../lib.nix;
  inherit (lib) types mkOption mkIf mkMerge mkForce mkBefore;
  ev = modules: (lib.evalModules { inherit modules; }).config;
  decls = {
    options.enable = mkOption { type = types.bool; default = false; };
    options.x = mkOption { type = types.int; default = 0; };
    options.y = mkOption { type = types.int; default = 0; };
    options.l = mkOption { type = types.listOf types.int; default = [ ]; };
  };
in
{
  mkIfReadsConfig = ev [ decls ({ config, ... }: { config = mkIf config.enable { x = 1; }; }) { enable = true; } ];
  mkIfFalse = ev [ decls ({ config, ... }: { config = mkIf config.enable { x = 1; }; }) ];
  plainIfRecurses = ev [ decls ({ config, ... }: { config = if config.enable then { x = 1; } else { }; }) ];
  nonBoolCondition = (ev [ decls { x = mkIf "yes" 1; } ]).x;
  mergeNested = ev [
    decls
    {
      config = mkMerge [
        { x = 1; }
        (mkIf true { y = 2; })
        (mkIf false { l = [ 1 ]; })
        (mkMerge [ (mkIf true (mkMerge [ { l = [ 5 ]; } ])) ])
      ];
    }
  ];
  mkIfInsideMerge = (ev [ decls { l = mkMerge [ [ 1 ] (mkIf false [ 2 ]) (mkIf true [ 3 ]) ]; } ]).l;
  overridePushedDown = ev [ decls { config = mkForce { x = 9; }; } { x = 1; y = 3; } ];
  orderOnValue = (ev [ decls { l = [ 1 ]; } { l = mkBefore [ 2 ]; } ]).l;
  mkIfDeepCondition = ev [
    decls
    ({ config, ... }: { x = mkIf (config.y > 1) 10; })
    { y = 2; }
  ];
  notAttrset = ev [ decls { config = mkIf true 5; } ];
  definitionWithFile = (lib.evalModules {
    modules = [
      decls
      { x = lib.modules.mkDefinition { file = "custom.nix"; value = 4; }; }
    ];
  }).options.x.files;
}
