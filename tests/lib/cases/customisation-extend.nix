# lib.customisation: extendMkDerivation over a stand-in mkDerivation (a
# fixed point over its arguments, so `finalAttrs` works),
# makeScopeWithSplicing' with an identity splice, and the cross-index helpers.
{ lib }:
with lib;
let
  # Like stdenv.mkDerivation: takes attrs or `finalAttrs: attrs`, returns
  # the final attributes.
  mkFake = setFunctionArgs (
    fpargs:
    let
      final = toFunction fpargs final;
    in
    final // { isFake = true; }
  ) { name = false; src = true; };

  mkLocal = extendMkDerivation {
    constructDrv = mkFake;
    excludeDrvArgNames = [ "specialArg" ];
    extendDrvArgs =
      finalAttrs:
      {
        preferLocalBuild ? true,
        allowSubstitute ? false,
        specialArg ? (_: false),
        ...
      }@args:
      {
        inherit preferLocalBuild allowSubstitute;
        passthru = args.passthru or { } // { greeting = if specialArg "Hi!" then "Hi!" else "Hello!"; };
      };
  };

  idx = { buildBuild = 1; buildHost = 2; buildTarget = 3; hostHost = 4; hostTarget = 5; targetTarget = 6; };

  splicedScope = makeScopeWithSplicing' {
    splicePackages = s: s.pkgsHostTarget // { spliced = true; };
    newScope = extra: callPackageWith ({ base = 1; } // extra);
  } {
    otherSplices = { selfBuildBuild = { }; selfBuildHost = { }; selfBuildTarget = { }; selfHostHost = { }; selfTargetTarget = { }; };
    keep = self: { kept = "k"; };
    extra = spliced: { fromExtra = spliced.spliced; };
    f = self: {
      a = self.callPackage ({ base, spliced, kept, fromExtra }: [ base spliced kept fromExtra ]) { };
      b = 2;
    };
  };
in
{
  testExtendPlain = {
    expr = let d = mkLocal { name = "x"; specialArg = _: true; }; in [ d.name d.preferLocalBuild d.allowSubstitute d.passthru.greeting (d ? specialArg) d.isFake ];
    expected = [ "x" true false "Hi!" false true ];
  };
  testExtendFixedPoint = {
    expr = (mkLocal (finalAttrs: { name = "y"; passthru = { foo = "a"; bar = "${finalAttrs.passthru.foo}b"; }; })).passthru;
    expected = { foo = "a"; bar = "ab"; greeting = "Hello!"; };
  };
  testExtendFunctionArgs = {
    expr = functionArgs mkLocal;
    expected = { name = false; src = true; preferLocalBuild = true; allowSubstitute = true; specialArg = true; };
  };
  testExtendExcludeFunctionArgs = {
    expr = functionArgs (extendMkDerivation { constructDrv = mkFake; extendDrvArgs = _: { a ? 1, ... }: { }; excludeFunctionArgNames = [ "src" ]; inheritFunctionArgs = true; });
    expected = { name = false; a = true; };
  };
  testExtendNoInherit = {
    expr = functionArgs (extendMkDerivation { constructDrv = mkFake; extendDrvArgs = _: { a, ... }: { }; inheritFunctionArgs = false; });
    expected = { a = false; };
  };
  testExtendTransform = {
    expr = (extendMkDerivation { constructDrv = mkFake; extendDrvArgs = _: args: { }; transformDrv = d: d // { transformed = true; }; } { name = "z"; }).transformed;
    expected = true;
  };
  testExtendExposes = { expr = [ (mkLocal ? constructDrv) mkLocal.excludeDrvArgNames ]; expected = [ true [ "specialArg" ] ]; };
  testMakeScopeWithSplicing = { expr = [ splicedScope.a splicedScope.b ]; expected = [ [ 1 true "k" true ] 2 ]; };
  testMakeScopeWithSplicingOverride = {
    expr = (splicedScope.overrideScope (final: prev: { b = prev.b + 1; })).b;
    expected = 3;
  };
  testMakeScopeWithSplicingPositional = {
    expr = (makeScopeWithSplicing (s: s.pkgsHostTarget) (extra: callPackageWith extra) { selfBuildBuild = { }; selfBuildHost = { }; selfBuildTarget = { }; selfHostHost = { }; selfTargetTarget = { }; } (_: { }) (_: { }) (self: { x = 1; y = self.callPackage ({ x }: x + 1) { }; })).y;
    expected = 2;
  };
  testRenameCrossIndexTo = { expr = renameCrossIndexTo "self" idx; expected = { selfBuildBuild = 1; selfBuildHost = 2; selfBuildTarget = 3; selfHostHost = 4; selfHostTarget = 5; selfTargetTarget = 6; }; };
  testRenameCrossIndexFrom = { expr = renameCrossIndexFrom "pkgs" (renameCrossIndexTo "pkgs" idx); expected = idx; };
  testMapCrossIndex = { expr = mapCrossIndex (x: x * 10) idx; expected = { buildBuild = 10; buildHost = 20; buildTarget = 30; hostHost = 40; hostTarget = 50; targetTarget = 60; }; };
}
