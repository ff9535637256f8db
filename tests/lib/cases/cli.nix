# lib.cli: toCommandLine and its GNU and shell forms (toGNUCommandLine is in
# versions-cli-path.nix). Expected values are the nixpkgs manual's examples
# plus the edges of each list representation.
{ lib }:
with lib;
let
  example = {
    v = true;
    verbose = [ true true false null ];
    i = ".bak";
    testsuite = [ "unit" "integration" ];
    e = [ "s/a/b/" "s/b/c/" ];
    n = false;
    data = builtins.toJSON { id = 0; };
  };
  dashEquals = name: { option = "-${name}"; sep = "="; explicitBool = true; };
  # The manual's "more complex option format": short options take their
  # argument apart, `tags` is joined.
  complex =
    name:
    let
      long = stringLength name > 1;
      show = v: if isString v then v else builtins.toJSON v;
    in
    rec {
      option = if long then "--${name}" else "-${name}";
      sep = if long then "=" else null;
      explicitBool = true;
      formatArg = v: if listRepr == "join" && isList v then concatStringsSep "," (map show v) else show v;
      listRepr = if name == "tags" then "join" else "repeat";
    };
in
{
  testToCommandLineGNU = {
    expr = cli.toCommandLineGNU { } example;
    expected = [ "--data={\"id\":0}" "-es/a/b/" "-es/b/c/" "-i.bak" "--testsuite=unit" "--testsuite=integration" "-v" "--verbose" "--verbose" ];
  };
  testToCommandLineGNUExplicitBool = {
    expr = cli.toCommandLineGNU { explicitBool = true; } { v = false; debug = true; };
    expected = [ "--debug=true" "-vfalse" ];
  };
  testToCommandLineGNUIsLong = {
    expr = cli.toCommandLineGNU { isLong = _: true; } { v = 1; };
    expected = [ "--v=1" ];
  };
  testToCommandLineGNUJoin = {
    expr = cli.toCommandLineGNU { listRepr = _: "join"; } { tags = [ "a" "b" 3 ]; x = [ ]; };
    expected = [ "--tags=a,b,3" "-x" ];
  };
  testToCommandLineGNUFormatList = {
    expr = cli.toCommandLineGNU { listRepr = _: "join"; formatList = concatStringsSep ":"; } { path = [ "/a" "/b" ]; };
    expected = [ "--path=/a:/b" ];
  };
  testToCommandLineGNUSpread = {
    expr = cli.toCommandLineGNU { listRepr = n: if n == "x" then "spread" else "repeat"; } { x = [ 1 2 ]; y = [ "a" "b" ]; };
    expected = [ "-x" "1" "2" "-ya" "-yb" ];
  };
  testToCommandLineGNUSplitList = {
    expr = cli.toCommandLineGNU { listRepr = _: "spread"; splitList = _: l: [ (take 1 l) (drop 1 l) ]; } { files = [ 1 2 3 ]; };
    expected = [ "--files" "1" "--files" "2" "3" ];
  };
  testToCommandLineDashEquals = {
    expr = cli.toCommandLine dashEquals example;
    expected = [ "-data={\"id\":0}" "-e=s/a/b/" "-e=s/b/c/" "-i=.bak" "-n=false" "-testsuite=unit" "-testsuite=integration" "-v=true" "-verbose=true" "-verbose=true" "-verbose=false" ];
  };
  testToCommandLineComplex = {
    expr = cli.toCommandLine complex {
      v = true;
      verbose = [ true true false null ];
      n = false;
      output = "result.txt";
      testsuite = [ "unit" "integration" ];
      data = { id = 0; name = "test"; };
      tags = [ "foo" "bar" ];
    };
    expected = [ "--data={\"id\":0,\"name\":\"test\"}" "-n" "false" "--output=result.txt" "--tags=foo,bar" "--testsuite=unit" "--testsuite=integration" "-v" "true" "--verbose=true" "--verbose=true" "--verbose=false" ];
  };
  testToCommandLineSepNull = {
    expr = cli.toCommandLine (n: { option = "--${n}"; sep = null; explicitBool = false; }) { a = "x y"; b = true; c = false; d = null; };
    expected = [ "--a" "x y" "--b" ];
  };
  testToCommandLineEmpty = { expr = cli.toCommandLine dashEquals { }; expected = [ ]; };
  testToCommandLineEmptyName = { expr = cli.toCommandLine dashEquals { "" = 1; }; expectedError = true; };
  testToCommandLineBadListRepr = {
    expr = cli.toCommandLine (n: { option = n; sep = null; explicitBool = false; listRepr = "zip"; }) { a = [ 1 ]; };
    expectedError = true;
  };
  testToCommandLineShell = {
    expr = cli.toCommandLineShell (n: { option = "-${n}"; sep = null; explicitBool = false; }) { o = "a b"; q = "it's"; v = true; };
    expected = "-o 'a b' -q 'it'\\''s' -v";
  };
  testToCommandLineShellGNU = {
    expr = cli.toCommandLineShellGNU { } { o = "a b"; verbose = true; file = "/x"; };
    expected = "'--file=/x' '-oa b' --verbose";
  };
}
