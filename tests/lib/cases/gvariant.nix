# lib.gvariant: each constructor's type string and GLib text form.
{ lib }:
let
  g = lib.gvariant;
  shows = v: [ v.type (toString v) ];
  fails = e: { expr = toString e; expectedError = true; };
in
{
  testTypes = {
    expr = with g.type; [ (arrayOf string) (maybeOf boolean) (tupleOf [ int32 double ]) (dictionaryEntryOf string variant) uchar int16 uint16 uint32 int64 uint64 ];
    expected = [ "as" "mb" "(id)" "{sv}" "y" "n" "q" "u" "x" "t" ];
  };
  testIsGVariant = { expr = [ (g.isGVariant (g.mkBoolean true)) (g.isGVariant true) (g.isGVariant { }) ]; expected = [ true false false ]; };
  testMkValueBool = { expr = shows (g.mkValue false); expected = [ "b" "false" ]; };
  testMkValueFloat = { expr = shows (g.mkValue 1.5); expected = [ "d" "1.500000" ]; };
  testMkValueString = { expr = shows (g.mkValue "x"); expected = [ "s" "'x'" ]; };
  testMkValueList = { expr = shows (g.mkValue [ "a" "b" ]); expected = [ "as" "@as ['a','b']" ]; };
  testMkValueGVariant = { expr = shows (g.mkValue (g.mkUint32 7)); expected = [ "u" "@u 7" ]; };
  testMkValueInt = fails (g.mkValue 5);
  testMkValueAttrs = fails (g.mkValue { a = 1; });
  testMkValueNull = fails (g.mkValue null);
  testMkStringEscapes = { expr = toString (g.mkString "it's a \\ and\na line"); expected = "'it\\'s a \\\\ and\\na line'"; };
  testMkArrayNested = { expr = shows (g.mkArray [ [ true ] [ false true ] ]); expected = [ "aab" "@aab [@ab [true],@ab [false,true]]" ]; };
  testMkArrayEmpty = fails (g.mkArray [ ]);
  testMkArrayMixed = fails (g.mkArray [ "a" true ]);
  testMkEmptyArray = { expr = shows (g.mkEmptyArray g.type.string); expected = [ "as" "@as []" ]; };
  testMkVariant = { expr = [ (toString (g.mkVariant "x")) (toString (g.mkVariant (g.mkInt32 1))) (g.mkVariant true).type ]; expected = [ "<'x'>" "<1>" "v" ]; };
  testMkArrayOfVariants = { expr = toString (g.mkArray [ (g.mkVariant "a") (g.mkVariant (g.mkInt32 1)) ]); expected = "@av [<'a'>,<1>]"; };
  testMkDictionaryEntry = {
    expr = shows (g.mkDictionaryEntry "url" (g.mkVariant "https://duckduckgo.com/?q=%s"));
    expected = [ "{sv}" "@{sv} {'url',<'https://duckduckgo.com/?q=%s'>}" ];
  };
  testMkDictionaryEntryValue = { expr = (g.mkDictionaryEntry "k" true).value; expected = { name = "k"; value = true; }; };
  testDictionary = { expr = toString (g.mkArray [ (g.mkDictionaryEntry "a" (g.mkInt32 1)) (g.mkDictionaryEntry "b" (g.mkInt32 2)) ]); expected = "@a{si} [@{si} {'a',1},@{si} {'b',2}]"; };
  testMkNothing = { expr = shows (g.mkNothing g.type.string); expected = [ "ms" "@ms nothing" ]; };
  testMkJust = { expr = [ (shows (g.mkJust "x")) (shows (g.mkJust (g.mkUint32 3))) ]; expected = [ [ "ms" "just 'x'" ] [ "mu" "just @u 3" ] ]; };
  # mkMaybe does not convert its element: a raw Nix value shows as toString does.
  testMkMaybe = { expr = [ (toString (g.mkMaybe g.type.boolean (g.mkBoolean true))) (toString (g.mkMaybe g.type.boolean true)) ]; expected = [ "just true" "just 1" ]; };
  testMkTuple = { expr = shows (g.mkTuple [ "a" true (g.mkUchar 4) ]); expected = [ "(sby)" "@(sby) ('a',true,@y 4)" ]; };
  testMkObjectpath = { expr = toString (g.mkObjectpath "/org/x'y"); expected = "objectpath '/org/x\\'y'"; };
  testIntegers = {
    expr = map toString [ (g.mkUchar 1) (g.mkInt16 (-2)) (g.mkUint16 3) (g.mkInt32 (-4)) (g.mkUint32 5) (g.mkInt64 6) (g.mkUint64 7) ];
    expected = [ "@y 1" "@n -2" "@q 3" "-4" "@u 5" "@x 6" "@t 7" ];
  };
  testMkDouble = { expr = toString (g.mkDouble 0.25); expected = "0.250000"; };
  testIntConstructors = { expr = map (c: c.name) g.intConstructors; expected = [ "mkInt32" "mkUint32" "mkInt64" "mkUint64" "mkInt16" "mkUint16" "mkUchar" ]; };
}
