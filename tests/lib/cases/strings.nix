# lib.strings.
{ lib }:
with lib;
let
  pkgA = { name = "a-1.0"; outPath = "/nix/store/aaaa-a"; };
  pkgB = { name = "b-2.0"; outPath = "/nix/store/bbbb-b"; bin = { outPath = "/nix/store/cccc-b-bin"; }; lib = "/nix/store/dddd-b-lib"; };
in
{
  testConcatStrings = { expr = concatStrings [ "foo" "bar" ]; expected = "foobar"; };
  testConcatStringsEmpty = { expr = concatStrings [ ]; expected = ""; };
  testConcatMapStrings = { expr = concatMapStrings (x: x + ";") [ "a" "b" ]; expected = "a;b;"; };
  testConcatImapStrings = { expr = concatImapStrings (i: x: x + "-" + toString i) [ "foo" "bar" ]; expected = "foo-1bar-2"; };
  testIntersperse = { expr = [ (intersperse "/" [ "usr" "local" "bin" ]) (intersperse "/" [ ]) (intersperse "/" [ "a" ]) ]; expected = [ [ "usr" "/" "local" "/" "bin" ] [ ] [ "a" ] ]; };
  testConcatStringsSep = { expr = concatStringsSep "/" [ "usr" "local" "bin" ]; expected = "usr/local/bin"; };
  testConcatMapStringsSep = { expr = concatMapStringsSep "-" (x: toUpper x) [ "foo" "bar" "baz" ]; expected = "FOO-BAR-BAZ"; };
  testConcatImapStringsSep = { expr = concatImapStringsSep "-" (i: x: x + toString i) [ "foo" "bar" ]; expected = "foo1-bar2"; };
  testConcatMapAttrsStringSep = { expr = concatMapAttrsStringSep "\n" (n: v: "${n}: ${v}") { b = "2"; a = "1"; }; expected = "a: 1\nb: 2"; };
  testConcatLines = { expr = [ (concatLines [ "foo" "bar" ]) (concatLines [ ]) ]; expected = [ "foo\nbar\n" "" ]; };
  testStringsReplicate = { expr = [ (strings.replicate 3 "v") (strings.replicate 0 "v") ]; expected = [ "vvv" "" ]; };
  testJoin = { expr = strings.join ", " [ "a" "b" ]; expected = "a, b"; };
  testTrim = { expr = map trim [ "   abc   " " \t\n a b \r\n" "" "   " "x" ]; expected = [ "abc" "a b" "" "" "x" ]; };
  testTrimMultiline = { expr = trim "\n a\nb \n"; expected = "a\nb"; };
  testTrimWithStart = { expr = trimWith { start = true; } "  a  "; expected = "a  "; };
  testTrimWithEnd = { expr = trimWith { end = true; } "  a  "; expected = "  a"; };
  testTrimWithNeither = { expr = trimWith { } "  a  "; expected = "  a  "; };
  testMakeSearchPath = { expr = makeSearchPath "bin" [ "/root" "/usr" "/usr/local" ]; expected = "/root/bin:/usr/bin:/usr/local/bin"; };
  testMakeSearchPathNull = { expr = makeSearchPath "bin" [ "/a" null "/b" ]; expected = "/a/bin:/b/bin"; };
  testMakeSearchPathEmpty = { expr = makeSearchPath "bin" [ ]; expected = ""; };
  testMakeSearchPathOutput = { expr = makeSearchPathOutput "bin" "bin" [ pkgA pkgB ]; expected = "/nix/store/aaaa-a/bin:/nix/store/cccc-b-bin/bin"; };
  testMakeBinPath = { expr = makeBinPath [ pkgA pkgB ]; expected = "/nix/store/aaaa-a/bin:/nix/store/cccc-b-bin/bin"; };
  testMakeBinPathStrings = { expr = makeBinPath [ "/a" "/b" ]; expected = "/a/bin:/b/bin"; };
  testMakeLibraryPath = { expr = makeLibraryPath [ pkgA pkgB ]; expected = "/nix/store/aaaa-a/lib:/nix/store/dddd-b-lib/lib"; };
  testMakeIncludePath = { expr = makeIncludePath [ pkgA ]; expected = "/nix/store/aaaa-a/include"; };
  testNormalizePath = { expr = [ (normalizePath "/a//b") (normalizePath "///a/b//") (normalizePath "a") ]; expected = [ "/a/b" "/a/b/" "a" ]; };
  testOptionalString = { expr = [ (optionalString true "some-string") (optionalString false "some-string") ]; expected = [ "some-string" "" ]; };
  testHasPrefix = { expr = [ (hasPrefix "foo" "foobar") (hasPrefix "foo" "barfoo") (hasPrefix "" "x") (hasPrefix "foobar" "foo") ]; expected = [ true false true false ]; };
  testHasSuffix = { expr = [ (hasSuffix "foo" "foobar") (hasSuffix "foo" "barfoo") (hasSuffix "" "x") (hasSuffix "barfoo" "foo") ]; expected = [ false true true false ]; };
  testHasInfix = {
    expr = [ (hasInfix "bc" "abcd") (hasInfix "ab" "abcd") (hasInfix "cd" "abcd") (hasInfix "foo" "abcd") (hasInfix "." "a.b") (hasInfix "." "ab") (hasInfix "" "") (hasInfix "b\nc" "ab\ncd") ];
    expected = [ true true true false true false true true ];
  };
  testStringToCharacters = { expr = [ (stringToCharacters "") (stringToCharacters "abc") (stringToCharacters "a x") ]; expected = [ [ ] [ "a" "b" "c" ] [ "a" " " "x" ] ]; };
  testStringAsChars = { expr = stringAsChars (x: if x == "a" then "i" else x) "nax"; expected = "nix"; };
  testCharToInt = { expr = map charToInt [ "A" "a" " " "~" "\n" "\t" ]; expected = [ 65 97 32 126 10 9 ]; };
  testEscape = { expr = escape [ "(" ")" ] "(foo)"; expected = "\\(foo\\)"; };
  testEscapeC = { expr = escapeC [ " " ] "foo bar"; expected = "foo\\x20bar"; };
  testEscapeURL = {
    expr = map escapeURL [ "foo-bar" "foo bar" "foo/bar" "foo?bar=1&x" "~_.-AZaz09" "%" ];
    expected = [ "foo-bar" "foo%20bar" "foo%2Fbar" "foo%3Fbar%3D1%26x" "~_.-AZaz09" "%25" ];
  };
  testEscapeShellArg = {
    expr = map escapeShellArg [ "esc'ape\nme" "simple" "" "a b" "key=value" "--flag" "/nix/store/a-b_c.d+e:f@g%h" "x,y" ];
    expected = [ "'esc'\\''ape\nme'" "simple" "''" "'a b'" "'key=value'" "--flag" "/nix/store/a-b_c.d+e:f@g%h" "x,y" ];
  };
  testEscapeShellArgNonString = { expr = [ (escapeShellArg 1) (escapeShellArg null) (escapeShellArg true) ]; expected = [ "1" "''" "1" ]; };
  testEscapeShellArgs = { expr = escapeShellArgs [ "one" "two three" "four'five" ]; expected = "one 'two three' 'four'\\''five'"; };
  testIsValidPosixName = { expr = map isValidPosixName [ "foo" "_a9" "0a" "a-b" "" ]; expected = [ true true false false false ]; };
  testToShellVar = {
    expr = [
      (toShellVar "foo" "some string")
      (toShellVar "foo" "simple")
      (toShellVar "foo" [ "a" "b c" ])
      (toShellVar "foo" { a = "1"; "b c" = "x y"; })
      (toShellVar "foo" { outPath = "/p"; })
    ];
    expected = [
      "foo='some string'"
      "foo=simple"
      "declare -a foo=(a 'b c')"
      "declare -A foo=([a]=1 ['b c']='x y')"
      "foo=/p"
    ];
  };
  testToShellVarBadName = { expr = toShellVar "a-b" "x"; expectedError = true; };
  testToShellVars = { expr = toShellVars { STRING = "string"; LIST = [ "list" "with spaces" ]; }; expected = "declare -a LIST=(list 'with spaces')\nSTRING=string"; };
  testToShellVarsExact = { expr = toShellVars { B = "x y"; A = [ "l" ]; }; expected = "declare -a A=(l)\nB='x y'"; };
  testEscapeNixString = { expr = [ (escapeNixString "hello\${}\n") (escapeNixString "a\"b") ]; expected = [ "\"hello\\\${}\\n\"" "\"a\\\"b\"" ]; };
  testEscapeRegex = { expr = escapeRegex "[^a-z]*"; expected = "\\[\\^a-z]\\*"; };
  testEscapeRegexMatches = { expr = builtins.match (escapeRegex "a.b+(c)") "a.b+(c)" != null && builtins.match (escapeRegex "a.b") "axb" == null; expected = true; };
  testEscapeNixIdentifier = {
    expr = map escapeNixIdentifier [ "hello" "0abc" "foo-bar" "a'b" "_x" "a b" "" "if" ];
    expected = [ "hello" "\"0abc\"" "foo-bar" "a'b" "_x" "\"a b\"" "\"\"" "if" ];
  };
  testEscapeXML = { expr = escapeXML ''"test" 'test' < & >''; expected = "&quot;test&quot; &apos;test&apos; &lt; &amp; &gt;"; };
  testLowerUpperChars = { expr = [ (length lowerChars) (head upperChars) (last lowerChars) ]; expected = [ 26 "A" "z" ]; };
  testToLower = { expr = toLower "HOME Sweet 1"; expected = "home sweet 1"; };
  testToUpper = { expr = toUpper "home sweet 1"; expected = "HOME SWEET 1"; };
  testToSentenceCase = { expr = map toSentenceCase [ "hello world" "HELLO" "" "a" ]; expected = [ "Hello world" "Hello" "" "A" ]; };
  testToSentenceCaseNonString = { expr = toSentenceCase 1; expectedError = true; };
  testAddContextFrom = { expr = addContextFrom "a" "b"; expected = "b"; };
  testSplitString = { expr = splitString "/" "/usr/local/bin"; expected = [ "" "usr" "local" "bin" ]; };
  testSplitStringDots = { expr = splitString "." "foo.bar.baz"; expected = [ "foo" "bar" "baz" ]; };
  testSplitStringNoSep = { expr = splitString "," "abc"; expected = [ "abc" ]; };
  testSplitStringEmpty = { expr = splitString "," ""; expected = [ "" ]; };
  testSplitStringMultiChar = { expr = splitString ", " "a, b,c, d"; expected = [ "a" "b,c" "d" ]; };
  testSplitStringRegexChars = { expr = splitString "*" "a*b**c"; expected = [ "a" "b" "" "c" ]; };
  testRemovePrefix = { expr = [ (removePrefix "foo." "foo.bar.baz") (removePrefix "xxx" "foo.bar.baz") (removePrefix "" "a") ]; expected = [ "bar.baz" "foo.bar.baz" "a" ]; };
  testRemoveSuffix = { expr = [ (removeSuffix "front" "homefront") (removeSuffix "xxx" "homefront") (removeSuffix "long-suffix" "x") ]; expected = [ "home" "homefront" "x" ]; };
  testVersionOlder = { expr = [ (versionOlder "1.1" "1.2") (versionOlder "1.1" "1.1") (versionOlder "1.10" "1.9") (versionOlder "2.8pre" "2.8") ]; expected = [ true false false true ]; };
  testVersionAtLeast = { expr = [ (versionAtLeast "1.1" "1.0") (versionAtLeast "1.1" "1.1") (versionAtLeast "1.1" "1.2") (versionAtLeast "24.05" "23.11") ]; expected = [ true true false true ]; };
  testGetName = { expr = [ (getName "youtube-dl-2016.01.01") (getName { name = "x-1.0"; }) (getName { pname = "p"; name = "x-1.0"; }) ]; expected = [ "youtube-dl" "x" "p" ]; };
  testGetVersion = { expr = [ (getVersion "youtube-dl-2016.01.01") (getVersion { name = "x-1.0"; }) (getVersion { version = "v"; name = "x-1.0"; }) ]; expected = [ "2016.01.01" "1.0" "v" ]; };
  testNameFromURL = { expr = nameFromURL "https://nixos.org/releases/nix/nix-1.7/nix-1.7-x86_64-linux.tar.bz2" "-"; expected = "nix"; };
  testNameFromURLNoSep = { expr = nameFromURL "https://x/y/file" "."; expectedError = true; };
  testCmakeOptionType = { expr = cmakeOptionType "string" "ENGINE" "sdl2"; expected = "-DENGINE:STRING=sdl2"; };
  testCmakeBool = { expr = [ (cmakeBool "ENABLE_FOO" true) (cmakeBool "ENABLE_FOO" false) ]; expected = [ "-DENABLE_FOO:BOOL=TRUE" "-DENABLE_FOO:BOOL=FALSE" ]; };
  testCmakeFeature = { expr = cmakeFeature "MODULES" "badblock"; expected = "-DMODULES:STRING=badblock"; };
  testCmakeOptionTypeBad = { expr = cmakeOptionType "number" "X" "1"; expectedError = true; };
  testMesonOption = { expr = mesonOption "engine" "opengl"; expected = "-Dengine=opengl"; };
  testMesonBool = { expr = [ (mesonBool "x" true) (mesonBool "x" false) ]; expected = [ "-Dx=true" "-Dx=false" ]; };
  testMesonEnable = { expr = [ (mesonEnable "x" true) (mesonEnable "x" false) ]; expected = [ "-Dx=enabled" "-Dx=disabled" ]; };
  testEnableFeature = { expr = [ (enableFeature true "shared") (enableFeature false "shared") ]; expected = [ "--enable-shared" "--disable-shared" ]; };
  testEnableFeatureAs = { expr = [ (enableFeatureAs true "shared" "foo") (enableFeatureAs false "shared" "foo") ]; expected = [ "--enable-shared=foo" "--disable-shared" ]; };
  testWithFeature = { expr = [ (withFeature true "shared") (withFeature false "shared") ]; expected = [ "--with-shared" "--without-shared" ]; };
  testWithFeatureAs = { expr = [ (withFeatureAs true "shared" "foo") (withFeatureAs false "shared" "foo") ]; expected = [ "--with-shared=foo" "--without-shared" ]; };
  testFixedWidthString = { expr = [ (fixedWidthString 5 "0" (toString 15)) (fixedWidthString 2 " " "ab") (fixedWidthString 0 "x" "") ]; expected = [ "00015" "ab" "" ]; };
  testFixedWidthStringTooLong = { expr = fixedWidthString 1 "0" "12"; expectedError = true; };
  testFixedWidthNumber = { expr = [ (fixedWidthNumber 5 15) (fixedWidthNumber 1 7) ]; expected = [ "00015" "7" ]; };
  testFloatToString = { expr = floatToString 0.5; expected = "0.500000"; };
  testIsConvertibleWithToString = {
    expr = map isConvertibleWithToString [ "a" 1 1.5 null true [ 1 "a" ] { outPath = "x"; } { } (x: x) [ { } ] ];
    expected = [ true true true true true true true false false false ];
  };
  testIsStringLike = {
    expr = map isStringLike [ "a" ./strings.nix { outPath = "x"; } { __toString = s: "x"; } { } 1 null [ ] ];
    expected = [ true true true true false false false false ];
  };
  testIsStorePath = {
    expr = map isStorePath [
      "/nix/store/d945ibfx9x185xf04b890y4f9g3cbb63-python-2.7.11"
      "/nix/store/d945ibfx9x185xf04b890y4f9g3cbb63-python-2.7.11/bin/python"
      "/nix/store"
      "nix/store/d945ibfx9x185xf04b890y4f9g3cbb63-python-2.7.11"
      { outPath = "/nix/store/d945ibfx9x185xf04b890y4f9g3cbb63-python-2.7.11"; }
      1
      [ ]
    ];
    expected = [ true false false false true false false ];
  };
  testToInt = { expr = map toInt [ "1337" "-4" " 123 " "0" "-0" "\t7\n" ]; expected = [ 1337 (-4) 123 0 0 7 ]; };
  testToIntLeadingZero = { expr = toInt "00024"; expectedError = true; };
  testToIntFloat = { expr = toInt "3.14"; expectedError = true; };
  testToIntLetters = { expr = toInt "12a"; expectedError = true; };
  testToIntEmpty = { expr = toInt ""; expectedError = true; };
  testToIntOverflow = { expr = toInt "99999999999999999999"; expectedError = true; };
  testToIntBase10 = { expr = map toIntBase10 [ "1337" "-4" " 123 " "00024" "0" "000" " 007 " ]; expected = [ 1337 (-4) 123 24 0 0 7 ]; };
  testToIntBase10Float = { expr = toIntBase10 "3.14"; expectedError = true; };
  testToIntBase10Letters = { expr = toIntBase10 "0x10"; expectedError = true; };
  testFileContents = { expr = fileContents ./data/line.txt; expected = "first line"; };
  testSanitizeDerivationName = {
    expr = map sanitizeDerivationName [ "../hello.bar # foo" "" "fo\"o" "...." "good-name_1.0" ".hidden" "a//b" ];
    expected = [ "-hello.bar-foo" "unknown" "fo-o" "unknown" "good-name_1.0" "hidden" "a-b" ];
  };
  testSanitizeDerivationNameLong = { expr = stringLength (sanitizeDerivationName (concatStrings (genList (_: "ab") 150))); expected = 207; };
  testSanitizeDerivationNameKeepsEnd = { expr = sanitizeDerivationName ("x" + concatStrings (genList (_: "a") 210) + "end") == concatStrings (genList (_: "a") 204) + "end"; expected = true; };
  testLevenshtein = {
    expr = [ (levenshtein "foo" "foo") (levenshtein "book" "hook") (levenshtein "hello" "Heyo") (levenshtein "" "abc") (levenshtein "abc" "") (levenshtein "kitten" "sitting") ];
    expected = [ 0 1 3 3 3 3 ];
  };
  testLevenshteinAtMost = {
    expr = [ (levenshteinAtMost 0 "foo" "foo") (levenshteinAtMost 1 "foo" "boa") (levenshteinAtMost 2 "foo" "boa") (levenshteinAtMost 2 "This is a sentence" "this is a sentense.") (levenshteinAtMost 3 "This is a sentence" "this is a sentense.") ];
    expected = [ true false true false true ];
  };
  testCommonPrefixLength = { expr = [ (strings.commonPrefixLength "foobar" "fooz") (strings.commonPrefixLength "" "a") (strings.commonPrefixLength "ab" "ab") ]; expected = [ 3 0 2 ]; };
  testCommonSuffixLength = { expr = [ (strings.commonSuffixLength "foobar" "zbar") (strings.commonSuffixLength "a" "b") ]; expected = [ 3 0 ]; };
  testStringLength = { expr = stringLength "héllo"; expected = 6; };
  testReplaceStrings = { expr = replaceStrings [ "a" "b" ] [ "b" "c" ] "ab"; expected = "bc"; };
  # toCamelCase: the manual's examples, then words split at case humps only
  # from lower to upper ("XMLHttp" is one word), empty words kept empty.
  testToCamelCase = {
    expr = map toCamelCase [ "hello-world" "hello_world" "hello world" "HelloWorld" "fooBarBaz" "" "a--b" "XMLHttp" "snake_case-and kebab" ];
    expected = [ "helloWorld" "helloWorld" "helloWorld" "helloWorld" "fooBarBaz" "" "aB" "xmlhttp" "snakeCaseAndKebab" ];
  };
  testToCamelCaseNonString = { expr = toCamelCase 1; expectedError = true; };
  testSplitStringByDrop = { expr = splitStringBy (prev: curr: builtins.elem curr [ "." "-" ]) false "foo.bar-baz"; expected = [ "foo" "bar" "baz" ]; };
  testSplitStringByKeep = {
    expr = splitStringBy (prev: curr: builtins.match "[a-z]" prev != null && builtins.match "[A-Z]" curr != null) true "fooBarBaz";
    expected = [ "foo" "Bar" "Baz" ];
  };
  testSplitStringByEnds = {
    expr = [ (splitStringBy (p: c: c == ".") false ".foo.bar") (splitStringBy (p: c: c == ".") false "foo.bar.") (splitStringBy (p: c: c == ".") false "..") ];
    expected = [ [ "" "foo" "bar" ] [ "foo" "bar" "" ] [ "" "" "" ] ];
  };
  testSplitStringByFirstPrevEmpty = { expr = splitStringBy (p: c: p == "") true "ab"; expected = [ "" "ab" ]; };
  testSplitStringByEmpty = { expr = splitStringBy (p: c: true) false ""; expected = [ "" ]; };
  testSplitStringByKeepAll = { expr = splitStringBy (p: c: c == "a") true "abab"; expected = [ "" "ab" "ab" ]; };
  testReplaceString = { expr = [ (replaceString "." "/" "a.b.c") (replaceString "x" "" "axbx") (replaceString "q" "z" "ab") ]; expected = [ "a/b/c" "ab" "ab" ]; };
}
