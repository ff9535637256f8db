# lib.attrsets.
{ lib }:
with lib;
let
  drv = {
    type = "derivation";
    name = "pkg";
    out = "out-output";
    bin = "bin-output";
    dev = "dev-output";
    outPath = "/nix/store/00000000000000000000000000000000-pkg";
  };
in
{
  testAttrByPath = { expr = attrByPath [ "a" "b" ] 0 { a.b = 1; }; expected = 1; };
  testAttrByPathDefault = { expr = attrByPath [ "a" "c" ] 0 { a.b = 1; }; expected = 0; };
  testAttrByPathEmpty = { expr = attrByPath [ ] 0 { a = 1; }; expected = { a = 1; }; };
  testAttrByPathThroughNonSet = { expr = attrByPath [ "a" "b" ] "d" { a = 1; }; expected = "d"; };
  testHasAttrByPath = { expr = [ (hasAttrByPath [ "a" "b" ] { a.b = 1; }) (hasAttrByPath [ "a" "c" ] { a.b = 1; }) (hasAttrByPath [ ] { }) ]; expected = [ true false true ]; };
  testLongestValidPathPrefix = {
    expr = [
      (longestValidPathPrefix [ "a" "x" ] { a.b = 1; })
      (longestValidPathPrefix [ "a" "b" ] { a.b = 1; })
      (longestValidPathPrefix [ "z" ] { a.b = 1; })
    ];
    expected = [ [ "a" ] [ "a" "b" ] [ ] ];
  };
  testSetAttrByPath = { expr = setAttrByPath [ "a" "b" ] 3; expected = { a = { b = 3; }; }; };
  testSetAttrByPathEmpty = { expr = setAttrByPath [ ] 3; expected = 3; };
  testGetAttrFromPath = { expr = getAttrFromPath [ "a" "b" ] { a.b = 3; }; expected = 3; };
  testConcatMapAttrs = {
    expr = concatMapAttrs (name: value: { ${name} = value; "${name}${toString value}" = value; }) { x = "a"; y = "b"; };
    expected = { x = "a"; xa = "a"; y = "b"; yb = "b"; };
  };
  testConcatMapAttrsLaterWins = { expr = concatMapAttrs (n: v: { k = n; }) { a = 1; b = 2; }; expected = { k = "b"; }; };
  testUpdateManyAttrsByPath = {
    expr = updateManyAttrsByPath [
      { path = [ "a" "b" ]; update = old: old + 1; }
      { path = [ "a" ]; update = old: old // { c = 10; }; }
      { path = [ "n" "m" ]; update = old: 5; }
    ] { a = { b = 1; }; };
    expected = { a = { b = 2; c = 10; }; n = { m = 5; }; };
  };
  testUpdateManyAttrsByPathRoot = { expr = updateManyAttrsByPath [ { path = [ ]; update = old: old // { x = 1; }; } ] { }; expected = { x = 1; }; };
  testUpdateManyAttrsByPathOrder = {
    expr = updateManyAttrsByPath [ { path = [ "a" ]; update = x: x * 2; } { path = [ "a" ]; update = x: x + 1; } ] { a = 3; };
    expected = { a = 7; };
  };
  testAttrVals = { expr = attrVals [ "b" "a" ] { a = 1; b = 2; }; expected = [ 2 1 ]; };
  testAttrValues = { expr = attrValues { c = 3; a = 1; b = 2; }; expected = [ 1 2 3 ]; };
  testAttrNames = { expr = attrNames { b = 1; a = 2; }; expected = [ "a" "b" ]; };
  testGetAttrs = { expr = getAttrs [ "a" "b" ] { a = 1; b = 2; c = 3; }; expected = { a = 1; b = 2; }; };
  testCatAttrs = { expr = catAttrs "a" [ { a = 1; } { b = 0; } { a = 2; } ]; expected = [ 1 2 ]; };
  testFilterAttrs = { expr = filterAttrs (n: v: n == "foo") { foo = 1; bar = 2; }; expected = { foo = 1; }; };
  testFilterAttrsValue = { expr = filterAttrs (n: v: v > 1) { a = 1; b = 2; c = 3; }; expected = { b = 2; c = 3; }; };
  testFilterAttrsRecursive = {
    expr = filterAttrsRecursive (n: v: v != null) { foo = { bar = null; baz = 1; }; x = null; };
    expected = { foo = { baz = 1; }; };
  };
  testFoldlAttrs = {
    expr = foldlAttrs (acc: name: value: acc // { sum = acc.sum + value; names = acc.names ++ [ name ]; }) { sum = 0; names = [ ]; } { b = 2; a = 1; };
    expected = { sum = 3; names = [ "a" "b" ]; };
  };
  testFoldlAttrsEmpty = { expr = foldlAttrs (throw "unused") 5 { }; expected = 5; };
  testFoldAttrs = {
    expr = foldAttrs (item: acc: [ item ] ++ acc) [ ] [ { a = 2; } { a = 3; b = 1; } ];
    expected = { a = [ 2 3 ]; b = [ 1 ]; };
  };
  testCollect = { expr = collect isList { a = { b = [ "b" ]; }; c = [ 1 ]; }; expected = [ [ "b" ] [ 1 ] ]; };
  testCollectStop = { expr = collect (x: x ? outPath) { a = { outPath = "a/"; }; b = { c = { outPath = "c/"; }; }; }; expected = [ { outPath = "a/"; } { outPath = "c/"; } ]; };
  testCartesianProduct = {
    expr = cartesianProduct { a = [ 1 2 ]; b = [ 10 20 ]; };
    expected = [ { a = 1; b = 10; } { a = 1; b = 20; } { a = 2; b = 10; } { a = 2; b = 20; } ];
  };
  testCartesianProductEmptyList = { expr = cartesianProduct { a = [ 1 ]; b = [ ]; }; expected = [ ]; };
  testCartesianProductEmptySet = { expr = cartesianProduct { }; expected = [ { } ]; };
  testMapCartesianProduct = { expr = mapCartesianProduct ({ a, b }: "${a}-${b}") { a = [ "1" "2" ]; b = [ "3" ]; }; expected = [ "1-3" "2-3" ]; };
  testNameValuePair = { expr = nameValuePair "a" 1; expected = { name = "a"; value = 1; }; };
  testMapAttrs = { expr = mapAttrs (n: v: n + v) { a = "x"; }; expected = { a = "ax"; }; };
  testMapAttrsPrime = { expr = mapAttrs' (n: v: nameValuePair ("foo_" + n) ("bar-" + v)) { x = "a"; y = "b"; }; expected = { foo_x = "bar-a"; foo_y = "bar-b"; }; };
  testMapAttrsPrimeCollision = { expr = mapAttrs' (n: v: nameValuePair "k" v) { a = 1; b = 2; }; expected = { k = 1; }; };
  testMapAttrsToList = { expr = mapAttrsToList (n: v: n + v) { x = "a"; y = "b"; }; expected = [ "xa" "yb" ]; };
  testAttrsToList = { expr = attrsToList { b = 2; a = 1; }; expected = [ { name = "a"; value = 1; } { name = "b"; value = 2; } ]; };
  testMapAttrsRecursive = {
    expr = mapAttrsRecursive (path: value: concatStringsSep "-" (path ++ [ value ])) { n = { a = "A"; m = { b = "B"; }; }; };
    expected = { n = { a = "n-a-A"; m = { b = "n-m-b-B"; }; }; };
  };
  testMapAttrsRecursiveCond = {
    expr = mapAttrsRecursiveCond (as: !(as ? x)) (p: v: if isAttrs v then "leaf" else v) { a = { x = 1; }; b = { c = 2; }; };
    expected = { a = "leaf"; b = { c = 2; }; };
  };
  testMapAttrsToListRecursive = {
    expr = attrsets.mapAttrsToListRecursive (p: v: "${concatStringsSep "." p}=${toString v}") { a.b = 1; c = 2; };
    expected = [ "a.b=1" "c=2" ];
  };
  testGenAttrs = { expr = genAttrs [ "foo" "bar" ] (name: "x_" + name); expected = { foo = "x_foo"; bar = "x_bar"; }; };
  testGenAttrsPrime = { expr = genAttrs' [ 1 2 ] (x: nameValuePair "n${toString x}" x); expected = { n1 = 1; n2 = 2; }; };
  testIsDerivation = { expr = [ (isDerivation drv) (isDerivation { }) (isDerivation 1) (isDerivation { type = "x"; }) ]; expected = [ true false false false ]; };
  testOptionalAttrs = { expr = [ (optionalAttrs true { a = 1; }) (optionalAttrs false { a = 1; }) ]; expected = [ { a = 1; } { } ]; };
  testZipAttrsWithNames = {
    expr = zipAttrsWithNames [ "a" ] (name: vs: vs) [ { a = "x"; } { a = "y"; b = "z"; } ];
    expected = { a = [ "x" "y" ]; };
  };
  testZipAttrsWith = {
    expr = zipAttrsWith (name: values: values) [ { a = "x"; } { a = "y"; b = "z"; } ];
    expected = { a = [ "x" "y" ]; b = [ "z" ]; };
  };
  testZipAttrsWithName = { expr = zipAttrsWith (name: values: name) [ { a = 1; } ]; expected = { a = "a"; }; };
  testZipAttrs = { expr = zipAttrs [ { a = "x"; } { a = "y"; b = "z"; } ]; expected = { a = [ "x" "y" ]; b = [ "z" ]; }; };
  testMergeAttrsList = { expr = mergeAttrsList [ { a = 0; b = 1; } { c = 2; d = 3; } { a = 4; } ]; expected = { a = 4; b = 1; c = 2; d = 3; }; };
  testMergeAttrsListEmpty = { expr = mergeAttrsList [ ]; expected = { }; };
  testMergeAttrsListMany = {
    expr = mergeAttrsList (genList (i: { k = i; "n${toString i}" = i; }) 7);
    expected = { k = 6; n0 = 0; n1 = 1; n2 = 2; n3 = 3; n4 = 4; n5 = 5; n6 = 6; };
  };
  testRecursiveUpdate = {
    expr = recursiveUpdate { boot.loader.grub.enable = true; boot.loader.grub.device = "/dev/hda"; } { boot.loader.grub.device = ""; };
    expected = { boot.loader.grub.enable = true; boot.loader.grub.device = ""; };
  };
  testRecursiveUpdateReplacesNonSet = { expr = recursiveUpdate { a = { b = 1; }; } { a = 2; }; expected = { a = 2; }; };
  testRecursiveUpdateSetOverValue = { expr = recursiveUpdate { a = 2; } { a = { b = 1; }; }; expected = { a = { b = 1; }; }; };
  testRecursiveUpdateUntil = {
    expr = recursiveUpdateUntil (path: l: r: path == [ "foo" ]) { foo.bar = 1; foo.baz = 2; bar = 3; } { foo.bar = 1; foo.quz = 2; baz = 4; };
    expected = { foo.bar = 1; foo.quz = 2; bar = 3; baz = 4; };
  };
  testMatchAttrs = { expr = matchAttrs { cpu = { bits = 64; }; } { cpu = { bits = 64; family = "x86"; }; }; expected = true; };
  testMatchAttrsMismatch = { expr = matchAttrs { cpu = { bits = 32; }; } { cpu = { bits = 64; }; }; expected = false; };
  testMatchAttrsMissing = { expr = matchAttrs { a = 1; } { b = 1; }; expected = false; };
  testMatchAttrsSetVsValue = { expr = matchAttrs { a = { }; } { a = 1; }; expected = false; };
  testOverrideExisting = {
    expr = [ (overrideExisting { } { a = 1; }) (overrideExisting { a = 3; b = 2; } { a = 1; }) ];
    expected = [ { } { a = 1; b = 2; } ];
  };
  testShowAttrPath = { expr = [ (showAttrPath [ "foo" "10" "bar" ]) (showAttrPath [ ]) (showAttrPath [ "a b" ]) ]; expected = [ "foo.\"10\".bar" "<root attribute path>" "\"a b\"" ]; };
  testGetOutput = { expr = [ (getOutput "dev" drv) (getOutput "man" drv) ]; expected = [ "dev-output" "out-output" ]; };
  testGetOutputSpecified = { expr = (getOutput "dev" (drv // { outputSpecified = true; })).name; expected = "pkg"; };
  testGetOutputNoOut = { expr = getOutput "dev" { x = 1; }; expected = { x = 1; }; };
  testGetBin = { expr = getBin drv; expected = "bin-output"; };
  testGetDev = { expr = getDev drv; expected = "dev-output"; };
  testGetLibFallback = { expr = getLib drv; expected = "out-output"; };
  testGetMan = { expr = getMan drv; expected = "out-output"; };
  testGetFirstOutput = { expr = [ (getFirstOutput [ "include" "dev" ] drv) (getFirstOutput [ "x" ] drv == drv) ]; expected = [ "dev-output" true ]; };
  testGetInclude = { expr = getInclude drv; expected = "dev-output"; };
  testChooseDevOutputs = { expr = chooseDevOutputs [ drv ]; expected = [ "dev-output" ]; };
  testRecurseIntoAttrs = { expr = recurseIntoAttrs { a = 1; }; expected = { a = 1; recurseForDerivations = true; }; };
  testDontRecurseIntoAttrs = { expr = dontRecurseIntoAttrs { }; expected = { recurseForDerivations = false; }; };
  testUnionOfDisjoint = { expr = unionOfDisjoint { a = 1; } { b = 2; }; expected = { a = 1; b = 2; }; };
  testUnionOfDisjointCollision = { expr = (unionOfDisjoint { a = 1; } { a = 2; }).a; expectedError = true; };
  testUnionOfDisjointCollisionOtherFine = { expr = (unionOfDisjoint { a = 1; c = 3; } { a = 2; }).c; expected = 3; };
  testHasAttr = { expr = hasAttr "a" { a = 1; }; expected = true; };
  testListToAttrsFirstWins = { expr = listToAttrs [ (nameValuePair "a" 1) (nameValuePair "a" 2) ]; expected = { a = 1; }; };
  testIntersectAttrs = { expr = intersectAttrs { a = 0; } { a = 1; b = 2; }; expected = { a = 1; }; };
}
