# lib.fileset over the fixture tree tests/lib/fileset-tree:
#   README.md default.nix docs/guide.md empty-ish/inner/.keep
#   src/main.c src/util.h src/sub/deep.nix
# toSource is checked through its filter (what builtins.path would keep),
# so the suite runs without a store; the store path itself equals a copy
# of the same files (checked by hand against Nix 2.8 with --readonly-mode).
{ lib }:
with lib;
let
  fs = lib.fileset;
  d = ../fileset-tree;
  all = [ (d + "/README.md") (d + "/default.nix") (d + "/docs/guide.md") (d + "/empty-ish/inner/.keep") (d + "/src/main.c") (d + "/src/sub/deep.nix") (d + "/src/util.h") ];
  # What toSource's filter keeps among these subpaths ("/" marks directories).
  kept =
    source: subpaths:
    filter (p: source.filter (toString d + "/" + removeSuffix "/" p) (if hasSuffix "/" p then "directory" else "regular")) subpaths;
  everything = [ "README.md" "default.nix" "docs/" "docs/guide.md" "empty-ish/" "empty-ish/inner/" "empty-ish/inner/.keep" "src/" "src/main.c" "src/sub/" "src/sub/deep.nix" "src/util.h" ];
  slash = map (p: "/" + p);
  fails = e: { expr = e; expectedError = true; };
in
{
  testCoerceDirectory = { expr = fs.toList d; expected = all; };
  testCoerceFile = { expr = fs.toList (d + "/src/main.c"); expected = [ (d + "/src/main.c") ]; };
  testCoerceMissing = fails (fs.toList (d + "/nope"));
  testCoerceString = fails (fs.toList (toString d));
  testCoerceNull = fails (fs.union null d);
  testMaybeMissing = { expr = [ (fs.toList (fs.maybeMissing (d + "/nope"))) (fs.toList (fs.maybeMissing (d + "/docs"))) ]; expected = [ [ ] [ (d + "/docs/guide.md") ] ]; };
  testMaybeMissingString = fails (fs.maybeMissing "/tmp");

  testUnion = { expr = fs.toList (fs.union (d + "/src/main.c") (d + "/docs")); expected = [ (d + "/docs/guide.md") (d + "/src/main.c") ]; };
  testUnionOverlap = { expr = fs.toList (fs.union (d + "/src") (d + "/src/sub/deep.nix")); expected = [ (d + "/src/main.c") (d + "/src/sub/deep.nix") (d + "/src/util.h") ]; };
  testUnions = { expr = fs.toList (fs.unions [ (d + "/README.md") (d + "/src/sub") (d + "/README.md") ]); expected = [ (d + "/README.md") (d + "/src/sub/deep.nix") ]; };
  testUnionsEmpty = { expr = fs.toList (fs.unions [ ]); expected = [ ]; };
  testUnionsNotList = fails (fs.unions d);

  testIntersection = { expr = fs.toList (fs.intersection d (d + "/src/sub")); expected = [ (d + "/src/sub/deep.nix") ]; };
  testIntersectionDisjoint = { expr = fs.toList (fs.intersection (d + "/src") (d + "/docs")); expected = [ ]; };
  testIntersectionFilter = {
    expr = fs.toList (fs.intersection (d + "/src") (fs.fileFilter (f: f.hasExt "nix") d));
    expected = [ (d + "/src/sub/deep.nix") ];
  };

  testDifference = { expr = fs.toList (fs.difference d (d + "/src")); expected = [ (d + "/README.md") (d + "/default.nix") (d + "/docs/guide.md") (d + "/empty-ish/inner/.keep") ]; };
  testDifferenceOneFile = { expr = fs.toList (fs.difference (d + "/src") (d + "/src/util.h")); expected = [ (d + "/src/main.c") (d + "/src/sub/deep.nix") ]; };
  testDifferenceEverything = { expr = fs.toList (fs.difference (d + "/src") d); expected = [ ]; };
  testDifferenceMissing = fails (fs.toList (fs.difference d (d + "/nope")));
  testDifferenceMaybeMissing = { expr = fs.toList (fs.difference (d + "/docs") (fs.maybeMissing (d + "/nope"))); expected = [ (d + "/docs/guide.md") ]; };

  testFileFilterExt = { expr = fs.toList (fs.fileFilter (f: f.hasExt "nix") d); expected = [ (d + "/default.nix") (d + "/src/sub/deep.nix") ]; };
  testFileFilterName = { expr = fs.toList (fs.fileFilter (f: f.name == "main.c" || f.name == "guide.md") d); expected = [ (d + "/docs/guide.md") (d + "/src/main.c") ]; };
  testFileFilterType = { expr = length (fs.toList (fs.fileFilter (f: f.type == "regular") d)); expected = 7; };
  testFileFilterSingleFile = { expr = [ (fs.toList (fs.fileFilter (_: true) (d + "/README.md"))) (fs.toList (fs.fileFilter (_: false) (d + "/README.md"))) ]; expected = [ [ (d + "/README.md") ] [ ] ]; };
  testFileFilterHasExtEmpty = { expr = fs.toList (fs.fileFilter (f: f.hasExt "") d); expected = [ ]; };
  testFileFilterFileset = fails (fs.fileFilter (_: true) (fs.unions [ ]));
  testFileFilterNotFunction = fails (fs.fileFilter null d);
  testFileFilterMissing = fails (fs.fileFilter (_: true) (d + "/nope"));

  testToSourceAll = { expr = kept (fs.toSource { root = d; fileset = d; }) everything; expected = everything; };
  testToSourceSome = {
    expr = kept (fs.toSource { root = d; fileset = fs.unions [ (d + "/src/main.c") (d + "/docs") ]; }) everything;
    expected = [ "docs/" "docs/guide.md" "src/" "src/main.c" ];
  };
  # A directory whose files are all taken away is left out.
  testToSourceNoEmptyDirectories = {
    expr = kept (fs.toSource { root = d; fileset = fs.difference d (d + "/empty-ish/inner/.keep"); }) everything;
    expected = [ "README.md" "default.nix" "docs/" "docs/guide.md" "src/" "src/main.c" "src/sub/" "src/sub/deep.nix" "src/util.h" ];
  };
  testToSourceEmpty = { expr = kept (fs.toSource { root = d; fileset = fs.unions [ ]; }) everything; expected = [ ]; };
  testToSourceAttrs = {
    expr = let s = fs.toSource { root = d; fileset = d; }; in [ s.name s.origSrc (s ? _isLibCleanSourceWith) ];
    expected = [ "source" d true ];
  };
  testToSourceOutsideRoot = fails (fs.toSource { root = d + "/src"; fileset = d; }).filter;
  testToSourceRootFile = fails (fs.toSource { root = d + "/README.md"; fileset = d + "/README.md"; }).filter;
  testToSourceRootString = fails (fs.toSource { root = toString d; fileset = d; }).filter;
  testToSourceRootMissing = fails (fs.toSource { root = d + "/nope"; fileset = fs.unions [ ]; }).filter;
  testToSourceSubRoot = {
    expr = kept (fs.toSource { root = d; fileset = d + "/src/sub"; }) everything;
    expected = [ "src/" "src/sub/" "src/sub/deep.nix" ];
  };

  testFromSourcePath = { expr = fs.toList (fs.fromSource (d + "/src")); expected = [ (d + "/src/main.c") (d + "/src/sub/deep.nix") (d + "/src/util.h") ]; };
  testFromSourceFilter = {
    expr = fs.toList (fs.fromSource (cleanSourceWith { src = d; filter = p: t: baseNameOf p != "src" && !hasSuffix ".md" p; }));
    expected = [ (d + "/default.nix") (d + "/empty-ish/inner/.keep") ];
  };
  # A rejected directory hides its contents even when the filter would keep them.
  testFromSourceDirectoryRejected = {
    expr = fs.toList (fs.fromSource (cleanSourceWith { src = d; filter = p: t: t != "directory" || baseNameOf p == "docs"; }));
    expected = [ (d + "/README.md") (d + "/default.nix") (d + "/docs/guide.md") ];
  };
  testFromSourceRoundTrip = {
    expr = fs.toList (fs.fromSource (fs.toSource { root = d; fileset = fs.unions [ (d + "/src/util.h") (d + "/docs") ]; }));
    expected = [ (d + "/docs/guide.md") (d + "/src/util.h") ];
  };
  testFromSourceString = fails (fs.fromSource (cleanSource "/tmp"));
  testFromSourceNull = fails (fs.fromSource null);

  testTrace = { expr = fs.trace d 42; expected = 42; };
  testTraceVal = { expr = fs.toList (fs.traceVal (d + "/docs")); expected = [ (d + "/docs/guide.md") ]; };
  testGitTracked = fails (fs.toList (fs.gitTracked d));
  testGitTrackedWith = fails (fs.toList (fs.gitTrackedWith { } d));
  testNoEval = fails (fs.unions [ d ]);
  testIsFileset = { expr = map fs.isFileset [ (fs.unions [ ]) fs.empty (fs.maybeMissing d) d { } null ]; expected = [ true true true false false false ]; };
  testEmpty = { expr = [ (fs.toList fs.empty) (fs.toList (fs.union fs.empty (d + "/README.md"))) ]; expected = [ [ ] [ (d + "/README.md") ] ]; };
  # types.fileset: definitions are merged with union; no definition is empty.
  testOptionType = {
    expr =
      let
        eval = evalModules {
          modules = [
            { options.src = mkOption { type = types.fileset; }; }
            { src = fs.unions [ (d + "/docs") ]; }
            { src = fs.maybeMissing (d + "/README.md"); }
          ];
        };
        none = evalModules { modules = [ { options.src = mkOption { type = types.fileset; }; } ]; };
      in
      [ (fs.toList eval.config.src) (fs.toList none.config.src) (types.fileset.check d) ];
    expected = [ [ (d + "/README.md") (d + "/docs/guide.md") ] [ ] false ];
  };
}
