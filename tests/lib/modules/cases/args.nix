# Module arguments: base arguments, specialArgs, `_module.args` for named
# formals only (defaults ignored), submodule `name`, no inheritance.
let
  lib = import ../lib.nix;
  inherit (lib) types mkOption;
  strOpt = { options.out = mkOption { type = types.anything; }; };
  ev = args: (lib.evalModules args).config.out;
in
{
  fromModuleArgs = ev { modules = [ strOpt { _module.args.custom = 7; } ({ custom, ... }: { out = custom; }) ]; };
  formalDefaultIgnored = ev { modules = [ strOpt { _module.args.flag = true; } ({ flag ? false, ... }: { out = flag; }) ]; };
  specialArgsWin = ev { modules = [ strOpt ({ sa, ... }: { out = sa; }) ]; specialArgs.sa = "special"; };
  specialArgsInImports = ev {
    modules = [ strOpt ({ which, ... }: { imports = [ which ]; }) ];
    specialArgs.which = { out = "imported"; };
  };
  baseArgs = ev {
    modules = [ strOpt (args@{ lib, config, options, specialArgs, _class, _prefix, ... }: { out = builtins.attrNames args; }) ];
    class = "test";
  };
  classArg = ev { modules = [ strOpt ({ _class, ... }: { out = _class; }) ]; class = "test"; };
  missingArg = ev { modules = [ strOpt ({ nothere, ... }: { out = nothere; }) ]; };
  configInImports = ev { modules = [ strOpt { options.enable = mkOption { default = false; }; } ./files/uses-config-in-imports.nix ]; };
  submoduleName = ev {
    modules = [
      { options.out = mkOption { type = types.attrsOf (types.submodule ({ name, ... }: { options.n = mkOption { default = name; }; })); }; }
      { out.hello = { }; }
    ];
  };
  submoduleNoInheritedArgs = ev {
    modules = [
      { options.out = mkOption { type = types.submodule ({ custom, ... }: { options.n = mkOption { default = custom; }; }); }; }
      { _module.args.custom = 1; out = { }; }
    ];
  };
  submoduleSpecialArgs = ev {
    modules = [
      { options.out = mkOption { type = types.submoduleWith { specialArgs.sa = 3; modules = [ ({ sa, ... }: { options.n = mkOption { default = sa; }; }) ]; }; }; }
      { out = { }; }
    ];
  };
  functorModule = ev { modules = [ strOpt { __functor = self: { custom, ... }: { out = custom; }; __functionArgs = { custom = false; }; } { _module.args.custom = "f"; } ]; };
  pathModuleFile = map baseNameOf (lib.evalModules { modules = [ ./files/decl-l.nix { l = [ "x" ]; } ]; }).options.l.declarations;
}
