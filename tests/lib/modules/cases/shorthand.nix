# Module shapes: shorthand (everything is config) versus full form.
let
  lib = import ../lib.nix;
  inherit (lib) types mkOption;
  decls = { options.a = mkOption { type = types.int; default = 0; }; options.meta = mkOption { type = types.anything; default = { }; }; };
  ev = modules: (lib.evalModules { inherit modules; }).config;
in
{
  shorthand = ev [ decls { a = 1; meta.x = 1; } ];
  fullForm = ev [ decls { config.a = 2; meta.y = 2; } ];
  mixedError = ev [ decls { config.a = 2; a = 3; } ];
  requireAlias = ev [ { require = [ decls ]; a = 4; } ];
  submoduleShorthandConfigKey = (lib.evalModules {
    modules = [
      { options.s = mkOption { type = types.submodule { options.config = mkOption { default = 0; }; }; }; }
      { s.config = 5; }
    ];
  }).config.s;
  submoduleWithFullModule = (lib.evalModules {
    modules = [
      { options.s = mkOption { type = types.submoduleWith { modules = [ { options.v = mkOption { default = 0; }; } ]; }; }; }
      { s.config.v = 6; }
    ];
  }).config.s;
}
