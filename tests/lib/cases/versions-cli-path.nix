# lib.versions, lib.cli and lib.path.
{ lib }:
with lib;
{
  testSplitVersion = { expr = versions.splitVersion "1.2.3"; expected = [ "1" "2" "3" ]; };
  testSplitVersionMixed = { expr = versions.splitVersion "1.2pre3"; expected = [ "1" "2" "pre" "3" ]; };
  testMajor = { expr = versions.major "1.2.3"; expected = "1"; };
  testMinor = { expr = versions.minor "1.2.3"; expected = "2"; };
  testPatch = { expr = versions.patch "1.2.3"; expected = "3"; };
  testMajorMinor = { expr = [ (versions.majorMinor "1.2.3") (versions.majorMinor "1") ]; expected = [ "1.2" "1" ]; };
  testPad = {
    expr = [ (versions.pad 3 "1.2") (versions.pad 2 "1.2.3") (versions.pad 3 "1.3-rc1") (versions.pad 1 "1") ];
    expected = [ "1.2.0" "1.2" "1.3.0-rc1" "1" ];
  };
  testToGNUCommandLine = {
    expr = cli.toGNUCommandLine { } {
      data = builtins.toJSON { id = 0; };
      X = "PUT";
      retry = 3;
      retry-delay = null;
      url = [ "https://example.com/foo" "https://example.com/bar" ];
      silent = false;
      verbose = true;
    };
    expected = [ "-X" "PUT" "--data" "{\"id\":0}" "--retry" "3" "--url" "https://example.com/foo" "--url" "https://example.com/bar" "--verbose" ];
  };
  testToGNUCommandLineSeparator = {
    expr = cli.toGNUCommandLine { optionValueSeparator = "="; } { data = "x"; X = "PUT"; v = true; };
    expected = [ "-X=PUT" "--data=x" "-v" ];
  };
  testToGNUCommandLineCustomName = {
    expr = cli.toGNUCommandLine { mkOptionName = k: "-${k}"; } { foo = 1; };
    expected = [ "-foo" "1" ];
  };
  testToGNUCommandLineShell = {
    expr = cli.toGNUCommandLineShell { } { data = builtins.toJSON { id = 0; }; X = "PUT"; verbose = true; url = [ "a b" ]; };
    expected = "-X PUT --data '{\"id\":0}' --url 'a b' --verbose";
  };
  testToGNUCommandLineEmpty = { expr = cli.toGNUCommandLine { } { }; expected = [ ]; };
  testPathAppend = { expr = path.append /foo "bar/baz"; expected = /foo/bar/baz; };
  testPathAppendNormalises = { expr = path.append /foo "./bar//baz/./"; expected = /foo/bar/baz; };
  testPathAppendRoot = { expr = path.append /. "bar"; expected = /bar; };
  testPathAppendAbsolute = { expr = path.append /foo "/bar"; expectedError = true; };
  testPathAppendDotDot = { expr = path.append /foo "../bar"; expectedError = true; };
  testPathAppendEmpty = { expr = path.append /foo ""; expectedError = true; };
  testPathAppendString = { expr = path.append "/foo" "bar"; expectedError = true; };
  testPathHasPrefix = {
    expr = [ (path.hasPrefix /foo /foo/bar) (path.hasPrefix /foo /foo) (path.hasPrefix /foo/bar /foo) (path.hasPrefix /. /foo) (path.hasPrefix /foo /foobar) ];
    expected = [ true true false true false ];
  };
  testPathRemovePrefix = {
    expr = [ (path.removePrefix /foo /foo/bar/baz) (path.removePrefix /foo /foo) (path.removePrefix /. /foo) ];
    expected = [ "./bar/baz" "./" "./foo" ];
  };
  testPathRemovePrefixNotPrefix = { expr = path.removePrefix /foo/bar /foo; expectedError = true; };
  testPathSplitRoot = {
    expr = [ (path.splitRoot /foo/bar) (path.splitRoot /.) ];
    expected = [ { root = /.; subpath = "./foo/bar"; } { root = /.; subpath = "./"; } ];
  };
  testSubpathIsValid = {
    expr = map path.subpath.isValid [ null "" "/foo" "../foo" "foo/../bar" "foo/bar" "./foo" "foo/..bar" "..foo" "." "./" ];
    expected = [ false false false false false true true true true true true ];
  };
  testSubpathJoin = {
    expr = [ (path.subpath.join [ "foo" "bar/baz" ]) (path.subpath.join [ "./foo" "." "bar//./baz/" ]) (path.subpath.join [ ]) (path.subpath.join [ "." ]) ];
    expected = [ "./foo/bar/baz" "./foo/bar/baz" "./" "./" ];
  };
  testSubpathJoinInvalid = { expr = path.subpath.join [ "/foo" ]; expectedError = true; };
  testSubpathComponents = { expr = [ (path.subpath.components ".") (path.subpath.components "./foo//bar/./baz/") ]; expected = [ [ ] [ "foo" "bar" "baz" ] ]; };
  testSubpathNormalise = {
    expr = map path.subpath.normalise [ "foo//bar" "foo/./bar" "foo" "foo/bar/" "." "./foo/." "foo/..bar" ];
    expected = [ "./foo/bar" "./foo/bar" "./foo" "./foo/bar" "./" "./foo" "./foo/..bar" ];
  };
  testSubpathNormaliseInvalid = { expr = path.subpath.normalise "foo/../bar"; expectedError = true; };
}
