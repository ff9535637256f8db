# Priorities: default is an mkOptionDefault (1500) definition; lower
# numbers win; filtering is per option value (per attribute in attrsOf).
let
  lib = import ../lib.nix;
  inherit (lib) types mkOption mkDefault mkForce mkOverride mkOptionDefault mkVMOverride mkIf;
  ev = modules: (lib.evalModules { inherit modules; });
  intOpt = { options.x = mkOption { type = types.int; default = 1; }; };
  only = ev [ intOpt ];
  withDefault = ev [ intOpt { x = mkDefault 2; } ];
  subDecl = {
    options.sub = mkOption {
      type = types.submodule {
        options.a = mkOption { type = types.int; default = 0; };
        options.b = mkOption { type = types.int; default = 0; };
      };
    };
    options.ns.a = mkOption { type = types.int; default = 0; };
    options.ns.b = mkOption { type = types.int; default = 0; };
    options.m = mkOption { type = types.attrsOf types.int; };
  };
in
{
  defaultOnly = {
    inherit (only.options.x) isDefined highestPrio files definitions value;
  };
  mkDefaultBeatsDefault = { inherit (withDefault.options.x) value highestPrio definitions; };
  plainBeatsMkDefault = (ev [ intOpt { x = mkDefault 2; } { x = 3; } ]).config.x;
  mkForceBeatsPlain = (ev [ intOpt { x = mkForce 4; } { x = 3; } ]).config.x;
  vmOverrideBeatsForce = (ev [ intOpt { x = mkForce 4; } { x = mkVMOverride 5; } ]).config.x;
  mkOverrideNumber = (ev [ intOpt { x = mkOverride 20 6; } { x = mkForce 4; } ]).options.x.highestPrio;
  optionDefaultLoses = (ev [ intOpt { x = mkOptionDefault 7; } ]).config.x;
  twoMkDefaultsConflict = (ev [ intOpt { x = mkDefault 2; } { x = mkDefault 3; } ]).config.x;
  twoEqualPlain = (ev [ intOpt { x = 3; } { x = 3; } ]).config.x;
  # mkForce on a submodule value drops every other definition of it.
  forceSubmodule = (ev [ subDecl { sub.b = 2; } { sub = mkForce { a = 3; }; } ]).config.sub;
  # On a namespace node it only reaches the leaves it names.
  forceNamespace = (ev [ subDecl { ns.b = 2; ns.a = 1; } { ns = mkForce { a = 3; }; } ]).config.ns;
  perAttribute = (ev [ subDecl { m.a = 1; m.b = mkDefault 2; } { m.b = 3; m.c = mkDefault 4; } ]).config.m;
  readOnlyTwice = (ev [
    { options.r = mkOption { type = types.int; readOnly = true; default = 1; }; }
    { r = 2; }
  ]).config.r;
  readOnlyOnce = (ev [ { options.r = mkOption { type = types.int; readOnly = true; }; } { r = 2; } ]).config.r;
  aliasPrio =
    let
      e = ev [ intOpt { options.y = mkOption { type = types.int; }; } ({ options, ... }: { y = lib.mkDerivedConfig options.x (v: v * 10); x = mkDefault 2; }) ];
    in
    { inherit (e.config) y; inherit (e.options.y) highestPrio; };
}
