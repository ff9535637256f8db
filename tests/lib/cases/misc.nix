# lib.debug, lib.asserts, lib.stringsWithDeps, lib.sources,
# lib.filesystem and lib.derivations.
{ lib }:
with lib;
let
  entries = {
    a = stringsWithDeps.noDepEntry "A";
    b = stringsWithDeps.fullDepEntry "B" [ "a" ];
    c = stringsWithDeps.fullDepEntry "C" [ "b" "a" ];
    p = stringsWithDeps.packEntry [ "c" ];
  };
in
{
  testTraceIf = { expr = [ (traceIf false "unused" 1) (traceIf true "a trace printed by the test suite" 2) ]; expected = [ 1 2 ]; };
  testTraceVal = { expr = traceVal 42; expected = 42; };
  testTraceValFn = { expr = traceValFn (x: "value ${toString x}") 42; expected = 42; };
  testTraceSeq = { expr = traceSeq { a = [ 1 ]; } 2; expected = 2; };
  testTraceSeqThrows = { expr = traceSeq { a = throw "deep"; } 2; expectedError = true; };
  testTraceSeqN = { expr = traceSeqN 1 { a.b.c = throw "not forced"; } 2; expected = 2; };
  testTraceValSeq = { expr = traceValSeq [ 1 { a = 2; } ]; expected = [ 1 { a = 2; } ]; };
  testTraceValSeqN = { expr = traceValSeqN 2 [ 1 [ 2 ] ]; expected = [ 1 [ 2 ] ]; };
  testTraceFnSeqN = { expr = traceFnSeqN 1 "inc" (x: x + 1) 1; expected = 2; };
  testRunTestsPass = { expr = runTests { testA = { expr = 1; expected = 1; }; }; expected = [ ]; };
  testRunTestsFail = { expr = runTests { testA = { expr = 1; expected = 2; }; }; expected = [ { name = "testA"; expected = 2; result = 1; } ]; };
  testRunTestsSkipsNonTests = { expr = runTests { notATest = { expr = 1; expected = 2; }; }; expected = [ ]; };
  testRunTestsOnly = {
    expr = runTests { tests = [ "testB" ]; testA = { expr = 1; expected = 2; }; testB = { expr = 1; expected = 3; }; };
    expected = [ { name = "testB"; expected = 3; result = 1; } ];
  };
  testTestAllTrue = { expr = testAllTrue [ true (1 == 1) ]; expected = { expr = [ true true ]; expected = [ true true ]; }; };
  testAssertMsg = { expr = assertMsg true "unused"; expected = true; };
  testAssertMsgFalse = { expr = assertMsg false "a failed assertion"; expectedError = true; };
  testAssertOneOf = { expr = assertOneOf "foo" "bar" [ "bar" "baz" ]; expected = true; };
  testAssertOneOfFalse = { expr = assertOneOf "foo" "qux" [ "bar" "baz" ]; expectedError = true; };
  testAssertEachOneOf = { expr = asserts.assertEachOneOf "foo" [ "bar" ] [ "bar" "baz" ]; expected = true; };
  testAssertEachOneOfFalse = { expr = asserts.assertEachOneOf "foo" [ "bar" "x" ] [ "bar" "baz" ]; expectedError = true; };
  testAssertOneOfMessage = {
    expr = (builtins.tryEval (assertOneOf "foo" "qux" [ "bar" ])).success;
    expected = false;
  };
  testTextClosureList = { expr = stringsWithDeps.textClosureList entries [ "c" ]; expected = [ "A" "B" "C" ]; };
  testTextClosureListShared = { expr = stringsWithDeps.textClosureList entries [ "a" "p" "b" ]; expected = [ "A" "B" "C" "" ]; };
  testTextClosureMap = { expr = stringsWithDeps.textClosureMap (n: e: e // { text = "${n}:${e.text}"; }) entries [ "b" ]; expected = "a:A\nb:B"; };
  testStringAfter = { expr = stringsWithDeps.stringAfter [ "a" ] "x"; expected = { text = "x"; deps = [ "a" ]; }; };
  testCleanSourceFilter = {
    expr = map ({ n, t }: sources.cleanSourceFilter "/src/${n}" t) [
      { n = ".git"; t = "directory"; }
      { n = ".git"; t = "regular"; }
      { n = ".svn"; t = "directory"; }
      { n = ".svn"; t = "regular"; }
      { n = "foo~"; t = "regular"; }
      { n = ".swp"; t = "regular"; }
      { n = ".foo.swp"; t = "regular"; }
      { n = "a.o"; t = "regular"; }
      { n = "lib.so"; t = "regular"; }
      { n = "result"; t = "symlink"; }
      { n = "result-dev"; t = "symlink"; }
      { n = "result"; t = "regular"; }
      { n = "sock"; t = "unknown"; }
      { n = "main.c"; t = "regular"; }
    ];
    expected = [ false false false true false false false false false false false true false true ];
  };
  testCleanSourceWithComposes = {
    expr =
      let
        s1 = cleanSourceWith { src = ./data; filter = p: t: baseNameOf p != "simple.json"; name = "d"; };
        s2 = cleanSourceWith { src = s1; filter = p: t: baseNameOf p != "line.txt"; };
      in
      [ s2.name (s2.origSrc == ./data) (s2.filter "/x/simple.json" "regular") (s2.filter "/x/line.txt" "regular") (s2.filter "/x/other" "regular") ];
    expected = [ "d" true false false true ];
  };
  testCleanSourceName = { expr = (cleanSource ./data).name; expected = "source"; };
  testSourceByRegex = {
    expr = let s = sourceByRegex ./data [ ".*\\.json" ]; in [ (s.filter (toString ./data + "/simple.json") "regular") (s.filter (toString ./data + "/line.txt") "regular") ];
    expected = [ true false ];
  };
  testSourceFilesBySuffices = {
    expr = let s = sourceFilesBySuffices ./data [ ".toml" ]; in [ (s.filter "/d/simple.toml" "regular") (s.filter "/d/line.txt" "regular") (s.filter "/d/sub" "directory") ];
    expected = [ true false true ];
  };
  testCanCleanSource = { expr = [ (canCleanSource ./data) (canCleanSource (cleanSource ./data)) ]; expected = [ true true ]; };
  testPathHasContext = { expr = pathHasContext "/tmp"; expected = false; };
  testPathType = { expr = [ (pathType ./data) (pathType ./data/line.txt) (pathType /.) ]; expected = [ "directory" "regular" "directory" ]; };
  testPathIsDirectory = { expr = [ (pathIsDirectory ./data) (pathIsDirectory ./data/line.txt) (pathIsDirectory ./data/missing) ]; expected = [ true false false ]; };
  testPathIsRegularFile = { expr = [ (pathIsRegularFile ./data) (pathIsRegularFile ./data/line.txt) (pathIsRegularFile ./data/missing) ]; expected = [ false true false ]; };
  testListFilesRecursive = {
    expr = map baseNameOf (filesystem.listFilesRecursive ./data);
    expected = [ "line.txt" "package.nix" "simple.json" "simple.toml" ];
  };
  testLocateDominatingFile = {
    expr = let r = filesystem.locateDominatingFile "(simple)\\.json" ./data/line.txt; in [ (r.path == ./data/simple.json) r.matches ];
    expected = [ true [ "simple" ] ];
  };
  testLocateDominatingFileNone = { expr = filesystem.locateDominatingFile "no-such-file-anywhere-[0-9]{9}" ./data; expected = null; };
  testOptionalDrvAttr = { expr = [ (derivations.optionalDrvAttr true 1) (derivations.optionalDrvAttr false 1) ]; expected = [ 1 null ]; };
  testLazyDerivationPassthru = {
    expr = (derivations.lazyDerivation { derivation = throw "not forced"; passthru.x = 1; outputs = [ ]; }).x;
    expected = 1;
  };
  testWarnOnInstantiateName = { expr = (derivations.warnOnInstantiate "old" { type = "derivation"; name = "n"; outPath = "/o"; }).name; expected = "n"; };
}
