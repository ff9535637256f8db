# lib.customisation: callPackageWith, makeOverridable, makeScope.
{ lib }:
with lib;
let
  mk = { a, b ? 2 }: { sum = a + b; };
  ov = makeOverridable mk { a = 1; };
  fnResult = makeOverridable ({ x }: y: x + y) { x = 1; };
in
{
  testMakeOverridable = { expr = ov.sum; expected = 3; };
  testOverride = { expr = (ov.override { a = 10; }).sum; expected = 12; };
  testOverrideFunction = { expr = (ov.override (old: { b = old.a * 5; })).sum; expected = 6; };
  testOverrideTwice = { expr = ((ov.override { a = 10; }).override { b = 0; }).sum; expected = 10; };
  testOverrideKeepsArgs = { expr = functionArgs ov.override; expected = { a = false; b = true; }; };
  testMakeOverridableArgs = { expr = functionArgs (makeOverridable mk); expected = { a = false; b = true; }; };
  testOverrideAttrsWrapped = {
    expr =
      let
        withOA = makeOverridable ({ v }: { inherit v; overrideAttrs = f: { v = (f { inherit v; }).v; }; }) { v = 1; };
      in
      ((withOA.overrideAttrs (old: { v = old.v + 1; })).override { v = 10; }).v;
    expected = 11;
  };
  testOverridableFunctionResult = { expr = [ (fnResult 2) ((fnResult.override { x = 10; }) 2) ]; expected = [ 3 12 ]; };
  testOverridableScalar = { expr = makeOverridable ({ x }: x) { x = 1; }; expected = 1; };
  testCallPackageWith = {
    expr = (callPackageWith { a = 1; b = 5; c = 3; } mk { }).sum;
    expected = 6;
  };
  testCallPackageWithExplicit = { expr = (callPackageWith { a = 1; } mk { a = 7; }).sum; expected = 9; };
  testCallPackageWithDefault = { expr = (callPackageWith { a = 1; } mk { }).sum; expected = 3; };
  testCallPackageWithOverride = { expr = ((callPackageWith { a = 1; } mk { }).override { b = 0; }).sum; expected = 1; };
  testCallPackageWithFile = { expr = (callPackageWith { x = 4; } ./data/package.nix { }).doubled; expected = 8; };
  testCallPackagesWith = {
    expr =
      let
        set = callPackagesWith { a = 1; } ({ a }: { p = { v = a; }; q = { v = a + 1; }; }) { };
      in
      [ set.p.v set.q.v (set.q.override { a = 10; }).v ];
    expected = [ 1 2 11 ];
  };
  testCallPackagesWithDerivation = { expr = callPackagesWith { } ({ }: { type = "derivation"; name = "x"; }) { }; expectedError = true; };
  testMakeScope = {
    expr =
      let
        scope = makeScope (extra: callPackageWith ({ base = 1; } // extra)) (self: {
          a = self.callPackage ({ base }: base + 1) { };
          b = self.callPackage ({ a }: a * 10) { };
        });
      in
      [ scope.a scope.b ];
    expected = [ 2 20 ];
  };
  testMakeScopeOverride = {
    expr =
      let
        scope = makeScope (extra: callPackageWith extra) (self: { a = 1; b = self.callPackage ({ a }: a + 1) { }; });
      in
      (scope.overrideScope (final: prev: { a = 5; })).b;
    expected = 6;
  };
  testMakeScopeNewScope = {
    expr = let scope = makeScope (extra: callPackageWith extra) (self: { a = 1; }); in scope.newScope { extra = 3; } ({ a, extra }: a + extra) { };
    expected = 4;
  };
  testMakeScopePackages = {
    expr = let scope = makeScope (extra: callPackageWith extra) (self: { a = 1; }); in scope.packages { };
    expected = { a = 1; };
  };
  testExtendDerivation = {
    expr =
      let
        d = { type = "derivation"; name = "x"; outputs = [ "out" ]; outPath = "/o"; drvPath = "/d"; out = { type = "derivation"; outputName = "out"; outPath = "/o"; drvPath = "/d"; }; };
        e = extendDerivation true { extra = 1; } d;
      in
      [ e.extra e.out.extra e.out.outputSpecified e.outPath ];
    expected = [ 1 1 true "/o" ];
  };
  testExtendDerivationCondition = {
    expr = (extendDerivation false { } { type = "derivation"; outputs = [ ]; outPath = "/o"; drvPath = "/d"; }).outPath;
    expectedError = true;
  };
}
