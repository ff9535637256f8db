# lib.fixedPoints and lib.extend.
{ lib }:
with lib;
let
  base = final: { a = 1; b = final.a + 1; };
  ext = makeExtensible base;
in
{
  testFix = { expr = fix (self: { a = 1; b = self.a + 1; }); expected = { a = 1; b = 2; }; };
  testFixList = { expr = builtins.elemAt (fix (self: [ 1 ((builtins.head self) + 1) ])) 1; expected = 2; };
  testFixPrimeUnfix = { expr = (fix' base).__unfix__ { a = 10; }; expected = { a = 1; b = 11; }; };
  testFixPrimeValue = { expr = (fix' base).b; expected = 2; };
  testConverge = { expr = converge (x: if x >= 5 then x else x + 1) 0; expected = 5; };
  testExtends = { expr = fix (extends (final: prev: { a = prev.a + 10; }) base); expected = { a = 11; b = 12; }; };
  testExtendsSeesFinal = { expr = fix (extends (final: prev: { c = final.b * 2; }) base); expected = { a = 1; b = 2; c = 4; }; };
  testComposeExtensions = {
    expr = fix (extends (composeExtensions (final: prev: { a = 5; }) (final: prev: { c = prev.a; })) base);
    expected = { a = 5; b = 6; c = 5; };
  };
  testComposeManyExtensions = {
    expr = fix (extends (composeManyExtensions [ (f: p: { a = p.a + 1; }) (f: p: { a = p.a * 10; }) (f: p: { d = p.a; }) ]) base);
    expected = { a = 20; b = 21; d = 20; };
  };
  testComposeManyExtensionsEmpty = { expr = fix (extends (composeManyExtensions [ ]) base); expected = { a = 1; b = 2; }; };
  testMakeExtensible = { expr = removeAttrs ext [ "extend" "__unfix__" ]; expected = { a = 1; b = 2; }; };
  testMakeExtensibleExtend = {
    expr = removeAttrs (ext.extend (final: prev: { a = 3; })) [ "extend" "__unfix__" ];
    expected = { a = 3; b = 4; };
  };
  testMakeExtensibleExtendTwice = {
    expr = ((ext.extend (final: prev: { a = prev.a + 1; })).extend (final: prev: { a = prev.a * 2; })).b;
    expected = 5;
  };
  testMakeExtensibleWithCustomName = {
    expr = ((makeExtensibleWithCustomName "more" base).more (f: p: { a = 0; })).b;
    expected = 1;
  };
  testToExtensionAttrs = { expr = fix (extends (toExtension { a = 7; }) base); expected = { a = 7; b = 8; }; };
  testToExtensionPrevFunction = { expr = fix (extends (toExtension (prev: { a = prev.a + 1; })) base); expected = { a = 2; b = 3; }; };
  testToExtensionOverlay = { expr = fix (extends (toExtension (final: prev: { c = final.a; })) base); expected = { a = 1; b = 2; c = 1; }; };
  testLibExtend = { expr = (lib.extend (final: prev: { hello = final.id "hi"; })).hello; expected = "hi"; };
  testLibExtendOverride = {
    expr = let l = lib.extend (final: prev: { id = x: "wrapped ${x}"; }); in l.id "a";
    expected = "wrapped a";
  };
  testLibExtendKeepsNamespaces = { expr = (lib.extend (f: p: { })).strings.hasPrefix "a" "ab"; expected = true; };
}
