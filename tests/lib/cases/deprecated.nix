# lib.misc: nixpkgs' deprecated helpers, also reachable at the top level.
{ lib }:
with lib;
let
  drv = outPath: deps: { inherit outPath; propagatedBuildInputs = deps; };
in
{
  testNvs = { expr = nvs "a" 1; expected = { a = 1; }; };
  testSetAttr = { expr = setAttr { a = 1; } "b" 2; expected = { a = 1; b = 2; }; };
  testMaybeAttr = { expr = [ (maybeAttr "x" 0 { }) (maybeAttr "x" 0 { x = 1; }) (maybeAttrNullable "y" null { }) ]; expected = [ 0 1 null ]; };
  testSetAttrMerge = { expr = [ (setAttrMerge "a" [ ] { a = [ 2 ]; } (x: x ++ [ 3 ])) (setAttrMerge "a" [ ] { } (x: x ++ [ 3 ])) ]; expected = [ { a = [ 2 3 ]; } { a = [ 3 ]; } ]; };
  testDefaultMerge = { expr = [ (defaultMerge { a = 1; } { b = 2; }) (defaultMerge { a = 1; } (x: { b = x.a + 1; })) ]; expected = [ { a = 1; b = 2; } { a = 1; b = 2; } ]; };
  # A name only in the second set is combined with itself.
  testMergeAttrsWithFunc = { expr = mergeAttrsWithFunc (a: b: a + b) { x = 1; z = 0; } { x = 2; y = 3; }; expected = { x = 3; y = 6; z = 0; }; };
  testMergeAttrsConcatenateValues = { expr = mergeAttrsConcatenateValues { a = 7; c = 1; } { a = [ 2 3 ]; }; expected = { a = [ 7 2 3 ]; c = 1; }; };
  testMergeAttrsNoOverride = {
    expr = mergeAttrsNoOverride { } { buildInputs = [ "a" ]; buildPhase = "1"; x = 1; } { buildInputs = [ "b" ]; buildPhase = "2"; y = 2; };
    expected = { buildInputs = [ "b" "a" ]; buildPhase = "1"; x = 1; y = 2; };
  };
  testMergeAttrsNoOverrideClash = { expr = (mergeAttrsNoOverride { } { x = 1; } { x = 2; }).x; expectedError = true; };
  testMergeAttrByFunc = {
    expr = [
      (mergeAttrByFunc { buildInputs = [ "a" ]; meta.a = 1; } { buildInputs = [ "b" ]; z = 1; })
      (builtins.removeAttrs (mergeAttrByFunc { inherit mergeAttrBy; buildInputs = [ "a" ]; } { buildInputs = [ "c" ]; }) [ "mergeAttrBy" ])
    ];
    expected = [ { buildInputs = [ "b" ]; meta.a = 1; z = 1; } { buildInputs = [ "a" "c" ]; } ];
  };
  testMergeAttrsByFuncDefaultsClean = {
    expr = mergeAttrsByFuncDefaultsClean [ { buildInputs = [ 1 ]; preConfigure = "a"; meta.x = 1; } { buildInputs = [ 2 ]; preConfigure = "b"; meta.y = 2; } ];
    expected = { buildInputs = [ 1 2 ]; preConfigure = "a\nb"; meta = { x = 1; y = 2; }; };
  };
  testMergeAttrByNames = { expr = attrNames mergeAttrBy; expected = [ "buildInputs" "cfg" "configureFlags" "flags" "meta" "nativeBuildInputs" "passthru" "patches" "postAll" "postInstall" "preConfigure" "prePhases" "propagatedBuildInputs" ]; };
  testCheckFlag = {
    expr = [ (checkFlag { flags = [ "x" ]; } "x") (checkFlag { y = true; } "y") (checkFlag { } "true") (checkFlag { true = false; } "false") (checkFlag { } "z") (checkFlag { v = "s"; } "v") ];
    expected = [ true true true false false "s" ];
  };
  testGetValue = {
    expr = [ (getValue { a = 5; } [ ] "a") (getValue { flags = [ "f" ]; } [ ] "f") (getValue { } [ [ "q" 3 ] [ "r" 4 ] ] "r") (getValue { } [ ] "none") ];
    expected = [ 5 true 4 null ];
  };
  testCheckReqs = {
    expr = [ (checkReqs { flags = [ "ssl" ]; openssl = "x"; } [ ] [ [ "ssl" "openssl" ] ]) (checkReqs { flags = [ "ssl" ]; } [ ] [ [ "ssl" "openssl" ] ]) (checkReqs { } [ ] [ [ "ssl" "openssl" ] ]) ];
    expected = [ true false true ];
  };
  testUniqList = { expr = [ (uniqList { inputList = [ 1 2 1 3 ]; acc = [ 3 ]; }) (uniqList { inputList = [ ]; }) ]; expected = [ [ 1 2 ] [ ] ]; };
  testUniqListExt = { expr = [ (uniqListExt { inputList = [ 1 2 3 4 ]; getter = x: x / 2; }) (uniqListExt { inputList = [ 1 2 ]; outputList = [ 2 ]; }) ]; expected = [ [ 1 2 4 ] [ 2 1 ] ]; };
  testCondConcat = { expr = condConcat "x" [ true "a" false "b" true "c" ] (c: c); expected = "xac"; };
  testLazyGenericClosure = {
    expr = map (x: x.key) (lazyGenericClosure { startSet = [ { key = 1; } ]; operator = x: if x.key < 4 then [ { key = x.key + 1; } { key = x.key; } ] else [ ]; });
    expected = [ 4 3 2 1 ];
  };
  testModifySumArgs = { expr = modifySumArgs (a: b: a // { n = b; }) { x = 1; } { a = 1; } { b = 2; } null; expected = { a = 1; b = 2; n = null; x = 1; }; };
  testIfEnable = { expr = [ (ifEnable false [ 1 ]) (ifEnable false { a = 1; }) (ifEnable false true) (ifEnable false "s") (ifEnable true 3) ]; expected = [ [ ] { } false null 3 ]; };
  testNixType = {
    expr = map nixType [ { outPath = "/x"; } { } (x: x) [ ] true null 1 "s" 1.5 ];
    expected = [ "derivation" "attrs" "function" "list" "bool" "null" "int" "string" "string" ];
  };
  testImap = { expr = imap (i: v: i * v) [ 5 6 ]; expected = [ 5 12 ]; };
  testFakeHashes = { expr = [ fakeHash fakeSha256 (stringLength fakeSha512) (builtins.match "0*" fakeSha512 != null) ]; expected = [ "sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=" "0000000000000000000000000000000000000000000000000000000000000000" 128 true ]; };
  testMaybeEnv = { expr = maybeEnv "HEARTH_TEST_SURELY_UNSET" "d"; expected = "d"; };
  testFoldArgs = {
    expr = let r = foldArgs (a: b: a // b) (args: { out = args; }) { a = 1; } { b = 2; }; in [ r.out (r.override { c = 3; }).out r.passthru.args ];
    expected = [ { a = 1; b = 2; } { a = 1; b = 2; c = 3; } { b = 2; } ];
  };
  testClosePropagation = {
    expr = map (p: p.outPath) (closePropagation [ (drv "a" [ (drv "b" [ (drv "a" [ ]) ]) null ]) ]);
    expected = [ "a" "b" ];
  };
  testClosePropagationSlow = { expr = map (p: p.outPath) (misc.closePropagationSlow [ (drv "a" [ (drv "b" [ ]) ]) (drv "c" [ ]) ]); expected = [ "c" "b" "a" ]; };
  testSplitVersionTop = { expr = splitVersion "1.2.3"; expected = [ "1" "2" "3" ]; };
  testTopLevelBuiltins = { expr = [ (addErrorContext "ctx" 1) (trace "" 2) ((unsafeGetAttrPos "a" { a = 1; }).column) ]; expected = [ 1 2 101 ]; };
  # Deprecated module-system names still work (with a warning where nixpkgs warns).
  testLiteralExample = { expr = literalExample "pkgs.x"; expected = { _type = "literalExpression"; text = "pkgs.x"; }; };
  testMkPackageOptionMD = { expr = (mkPackageOptionMD { hello = { }; } "hello" { }).defaultText; expected = literalExpression "pkgs.hello"; };
  testDefaultPriority = { expr = modules.defaultPriority; expected = 100; };
}
