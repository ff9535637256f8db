# lib.generators.
{ lib }:
with lib;
let
  drv = { type = "derivation"; name = "pkg"; outPath = "/nix/store/00000000000000000000000000000000-pkg"; };
in
{
  testMkValueStringDefault = {
    expr = map (generators.mkValueStringDefault { }) [ 1 "str" true false null drv (-3) ];
    expected = [ "1" "str" "true" "false" "null" "/nix/store/00000000000000000000000000000000-pkg" "-3" ];
  };
  testMkValueStringDefaultFloat = { expr = generators.mkValueStringDefault { } 0.5; expected = "0.500000"; };
  testMkKeyValueDefault = { expr = generators.mkKeyValueDefault { } ":" "f:oo" "bar"; expected = "f\\:oo:bar"; };
  testMkKeyValueDefaultCustom = { expr = generators.mkKeyValueDefault { mkValueString = v: "<${toString v}>"; } "=" "k" 1; expected = "k=<1>"; };
  testToKeyValue = { expr = generators.toKeyValue { } { key = "value"; other = 1; flag = true; }; expected = "flag=true\nkey=value\nother=1\n"; };
  testToKeyValueEmpty = { expr = generators.toKeyValue { } { }; expected = ""; };
  testToKeyValueCustom = {
    expr = generators.toKeyValue { mkKeyValue = generators.mkKeyValueDefault { } " = "; indent = "  "; } { a = "b"; };
    expected = "  a = b\n";
  };
  testToKeyValueDuplicateKeys = {
    expr = generators.toKeyValue { listsAsDuplicateKeys = true; } { bar = [ "baz" "qux" ]; foo = "x"; };
    expected = "bar=baz\nbar=qux\nfoo=x\n";
  };
  testToINI = {
    expr = generators.toINI { } {
      foo = { hi = "pkgs"; ciao = "bar"; };
      baz = { "also, integers" = 42; "and floats" = 42; };
    };
    expected = "[baz]\nalso, integers=42\nand floats=42\n\n[foo]\nciao=bar\nhi=pkgs\n";
  };
  testToINIEmpty = { expr = generators.toINI { } { }; expected = ""; };
  testToINIEmptySection = { expr = generators.toINI { } { foo = { }; }; expected = "[foo]\n"; };
  testToINISectionEscape = { expr = generators.toINI { } { "a[b]" = { x = 1; }; }; expected = "[a\\[b\\]]\nx=1\n"; };
  testToINIDuplicateKeys = {
    expr = generators.toINI { listsAsDuplicateKeys = true; } { foo.bar = true; baz.qux = [ 1 false ]; };
    expected = "[baz]\nqux=1\nqux=false\n\n[foo]\nbar=true\n";
  };
  testToINICustom = {
    expr = generators.toINI { mkSectionName = toUpper; mkKeyValue = generators.mkKeyValueDefault { } " = "; } { s.k = "v"; };
    expected = "[S]\nk = v\n";
  };
  testToINIWithGlobalSection = {
    expr = generators.toINIWithGlobalSection { } { globalSection = { a = 1; }; sections = { s = { b = 2; }; }; };
    expected = "a=1\n\n[s]\nb=2\n";
  };
  testToINIWithGlobalSectionNoGlobal = {
    expr = generators.toINIWithGlobalSection { } { globalSection = { }; sections = { s = { b = 2; }; }; };
    expected = "[s]\nb=2\n";
  };
  testToINIWithGlobalSectionNoSections = { expr = generators.toINIWithGlobalSection { } { globalSection = { a = "x"; }; }; expected = "a=x\n\n"; };
  testToGitINI = {
    expr = generators.toGitINI {
      user = { email = "user@example.org"; name = "John Doe"; signingKey = "00112233445566778899AABBCCDDEEFF"; };
      gpg.program = "path-to-gpg";
      tag.gpgSign = true;
      include.path = "~/path/to/config.inc";
      includeIf."gitdif:~/src/dir".path = "~/path/to/conditional.inc";
      mergetool.prompt = false;
      extra = { boolean = true; integer = 38; name = "value"; subsection.value = "test"; };
    };
    expected = ''
      [extra]
      	boolean = true
      	integer = 38
      	name = "value"

      [extra "subsection"]
      	value = "test"

      [gpg]
      	program = "path-to-gpg"

      [include]
      	path = "~/path/to/config.inc"

      [includeIf "gitdif:~/src/dir"]
      	path = "~/path/to/conditional.inc"

      [mergetool]
      	prompt = false

      [tag]
      	gpgSign = true

      [user]
      	email = "user@example.org"
      	name = "John Doe"
      	signingKey = "00112233445566778899AABBCCDDEEFF"
    '';
  };
  testToGitINIEscapes = { expr = generators.toGitINI { a.b = "x\"y\\z\n\tq"; }; expected = "[a]\n\tb = \"x\\\"y\\\\z\\n\\tq\"\n"; };
  testToGitINIList = { expr = generators.toGitINI { a.b = [ "x" 1 ]; }; expected = "[a]\n\tb = \"x\"\n\tb = 1\n"; };
  testToGitINIDeep = { expr = generators.toGitINI { url."git@github.com:".insteadOf = "https://github.com/"; }; expected = "[url \"git@github.com:\"]\n\tinsteadOf = \"https://github.com/\"\n"; };
  testToGitINIQuotedName = { expr = generators.toGitINI { "a \"b\"".c = 1; }; expected = "[a \"b\"]\n\tc = 1\n"; };
  testToJSON = { expr = generators.toJSON { } { a = [ 1 "x" ]; }; expected = "{\"a\":[1,\"x\"]}"; };
  testToYAML = { expr = generators.toYAML { } { a = [ 1 true null ]; }; expected = "{\"a\":[1,true,null]}"; };
  testToPrettyScalars = {
    expr = map (generators.toPretty { }) [ 42 "fno" true false null /etc (-3) ];
    expected = [ "42" "\"fno\"" "true" "false" "null" "/etc" "-3" ];
  };
  testToPrettyFloat = { expr = generators.toPretty { } 0.25; expected = "0.25"; };
  testToPrettyStringEscapes = { expr = generators.toPretty { } "a\"b\\c\${d}"; expected = "\"a\\\"b\\\\c\\\${d}\""; };
  testToPrettyFunctions = {
    expr = map (generators.toPretty { }) [ (x: x) ({ a, b ? 1 }: a) { __functor = s: x: x; } ];
    expected = [ "<function>" "<function, args: {a, b?}>" "<function>" ];
  };
  testToPrettyEmpty = { expr = map (generators.toPretty { }) [ [ ] { } ]; expected = [ "[ ]" "{ }" ]; };
  testToPrettyDerivation = { expr = generators.toPretty { } drv; expected = "<derivation pkg>"; };
  testToPrettyNested = {
    expr = generators.toPretty { } { list = [ 1 2 ]; attrs = { foo = null; "foo b/ar" = "baz"; }; };
    expected = ''
      {
        attrs = {
          foo = null;
          "foo b/ar" = "baz";
        };
        list = [
          1
          2
        ];
      }'';
  };
  testToPrettySingleLine = {
    expr = generators.toPretty { multiline = false; } { a = [ 1 "x" ]; b = { }; };
    expected = "{ a = [ 1 \"x\" ]; b = { }; }";
  };
  testToPrettyMultilineString = {
    expr = generators.toPretty { } "line one\nline two\n";
    expected = "''\n  line one\n  line two\n''";
  };
  testToPrettyMultilineStringNoTrailingNewline = {
    expr = generators.toPretty { } "a\nb";
    expected = "''\n  a\n  b''";
  };
  testToPrettyMultilineStringEscapes = {
    expr = generators.toPretty { } "a''\n\${b}";
    expected = "''\n  a'''\n  ''\${b}''";
  };
  testToPrettyMultilineStringSingleLineMode = { expr = generators.toPretty { multiline = false; } "a\nb"; expected = "\"a\\nb\""; };
  testToPrettyIndent = { expr = generators.toPretty { indent = "  "; } [ 1 ]; expected = "[\n    1\n  ]"; };
  testToPrettyAllowPrettyValues = {
    expr = generators.toPretty { allowPrettyValues = true; } { __pretty = v: "<${toString v}>"; val = 5; };
    expected = "<5>";
  };
  testToPrettyPrettyValuesIgnored = {
    expr = generators.toPretty { multiline = false; } { __pretty = v: "x"; val = 5; };
    expected = "{ __pretty = <function>; val = 5; }";
  };
  testWithRecursionNoThrow = {
    expr = generators.withRecursion { depthLimit = 2; throwOnDepthLimit = false; } { a.b.c.d = 1; };
    expected = { a.b.c = "<unevaluated>"; };
  };
  testWithRecursionThrow = { expr = generators.withRecursion { depthLimit = 1; } { a.b.c = 1; }; expectedError = true; };
  testWithRecursionShallow = { expr = generators.withRecursion { depthLimit = 5; } { a = [ 1 { b = 2; } ]; }; expected = { a = [ 1 { b = 2; } ]; }; };
  testToLua = {
    expr = generators.toLua { } { a = [ 1 "x" true null ]; b = { }; c = [ ]; d = 0.5; };
    expected = ''
      {
        ["a"] = {
          1,
          "x",
          true,
          nil
        },
        ["b"] = {},
        ["c"] = {},
        ["d"] = 0.5
      }'';
  };
  testToLuaScalars = { expr = map (generators.toLua { }) [ null 1 "a\"b" true ]; expected = [ "nil" "1" "\"a\\\"b\"" "true" ]; };
  testToLuaInline = { expr = generators.toLua { } { f = generators.mkLuaInline "function() end"; }; expected = "{\n  [\"f\"] = (function() end)\n}"; };
  testToLuaSingleLine = { expr = generators.toLua { multiline = false; } [ 1 [ 2 ] ]; expected = "{ 1, { 2 } }"; };
  testToLuaBindings = {
    expr = generators.toLua { asBindings = true; } { x = 1; "vim.g.y" = { z = "w"; }; };
    expected = "vim.g.y = {\n  [\"z\"] = \"w\"\n}\nx = 1\n";
  };
  testToLuaBindingsBadName = { expr = generators.toLua { asBindings = true; } { "1x" = 1; }; expectedError = true; };
  testToLuaDerivation = { expr = generators.toLua { } drv; expected = "\"/nix/store/00000000000000000000000000000000-pkg\""; };
  testMkLuaInline = { expr = generators.mkLuaInline "x"; expected = { _type = "lua-inline"; expr = "x"; }; };
  testToPlist = {
    expr = generators.toPlist { escape = true; } { a = 1; b = [ true "x<y" ]; c = null; d = { }; };
    expected = ''
      <?xml version="1.0" encoding="UTF-8"?>
      <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
      <plist version="1.0">
      <dict>
      	<key>a</key>
      	<integer>1</integer>
      	<key>b</key>
      	<array>
      		<true/>
      		<string>x&lt;y</string>
      	</array>
      	<key>d</key>
      	<dict>

      	</dict>
      </dict>
      </plist>'';
  };
}
