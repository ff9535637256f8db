# Definitions without a declaration: the error, its suggestions and
# hints, and the two ways to allow them (_module.check, freeformType).
let
  lib = import ../lib.nix;
  inherit (lib) types mkOption;
  decls = { options.alpha = mkOption { default = 1; }; options.beta = mkOption { default = 2; }; options.gamma.delta = mkOption { default = 3; }; };
  ev = modules: (lib.evalModules { inherit modules; }).config;
in
{
  undeclared = ev [ decls { alpah = 1; } ];
  undeclaredNested = ev [ decls { gamma.deltx = { a = 1; b = [ 1 2 ]; c = "x"; }; } ];
  noOptionsAtAll = ev [ { foo = 1; } ];
  inSubmodule = ev [
    { options.sub = mkOption { type = types.attrsOf (types.submodule { options.hello = mkOption { default = 0; }; }); }; }
    { sub.x.hellp = 1; }
  ];
  submoduleWithoutOptions = ev [ { options.sub = mkOption { type = types.submodule { }; }; } { sub.foo = 1; } ];
  checkOff = ev [ decls { alpah = 1; _module.check = false; } ];
  freeform = ev [ { freeformType = types.attrsOf types.int; options.alpha = mkOption { type = types.str; default = "a"; }; } { other = 1; nested = 2; } ];
  freeformLazy = ev [
    { config._module.freeformType = types.lazyAttrsOf types.int; options.alpha = mkOption { type = types.int; default = 1; }; }
    ({ config, ... }: { derived = config.alpha + 1; })
  ];
  freeformBadValue = ev [ { freeformType = types.attrsOf types.int; } { other = "s"; } ];
  freeformSubmodule = ev [
    { options.s = mkOption { type = types.submodule { freeformType = types.attrsOf types.str; options.fixed = mkOption { type = types.int; default = 0; }; }; }; }
    { s.free = "x"; s.fixed = 1; }
  ];
  freeformDescription = (types.submodule { freeformType = types.attrsOf types.str; }).description;
}
