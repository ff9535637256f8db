# lib.gvariant: GVariant values in GLib's text format, as dconf and
# GSettings read them. A value is { _type = "gvariant"; type; value; } whose
# `toString` is its text form ("@as ['a','b']", "<'x'>", "just true"...).
{ lib }:
let
  inherit (lib.strings) concatMapStringsSep concatStrings escape;

  # `toString` gives GVariant text; the default form annotates the type.
  typed = t: v: {
    _type = "gvariant";
    type = t;
    value = v;
    __toString = self: "@${self.type} ${toString self.value}";
  };
  shownAs = show: gv: gv // { __toString = show; };

  type = {
    arrayOf = t: "a${t}";
    maybeOf = t: "m${t}";
    tupleOf = ts: "(${concatStrings ts})";
    dictionaryEntryOf = nameType: valueType: "{${nameType}${valueType}}";
    string = "s";
    boolean = "b";
    uchar = "y";
    int16 = "n";
    uint16 = "q";
    int32 = "i";
    uint32 = "u";
    int64 = "x";
    uint64 = "t";
    double = "d";
    variant = "v";
  };

  /** Whether a value is a GVariant.
      Type: any -> bool.  Example: `isGVariant (mkBoolean true)` => `true` */
  isGVariant = v: v._type or "" == "gvariant";

  # Integer constructors with their ranges (null: beyond Nix's integers).
  intConstructors = [
    { name = "mkInt32"; type = type.int32; min = -2147483648; max = 2147483647; }
    { name = "mkUint32"; type = type.uint32; min = 0; max = 4294967295; }
    { name = "mkInt64"; type = type.int64; min = null; max = null; }
    { name = "mkUint64"; type = type.uint64; min = 0; max = null; }
    { name = "mkInt16"; type = type.int16; min = -32768; max = 32767; }
    { name = "mkUint16"; type = type.uint16; min = 0; max = 65535; }
    { name = "mkUchar"; type = type.uchar; min = 0; max = 255; }
  ];

  ambiguousInt =
    n:
    let
      fits = c: (c.min == null || c.min <= n) && (c.max == null || n <= c.max);
    in
    throw ''
      The GVariant type for number “${toString n}” is unclear.
      Please wrap the value with one of the following, depending on the value type in GSettings schema:

      ${concatMapStringsSep "\n" (c: "- `lib.gvariant.${c.name}` for `${c.type}`") (builtins.filter fits intConstructors)}
    '';

  /** The GVariant closest to a Nix value: bools, floats, strings, lists
      (arrays of one element type) and GVariants; integers must be wrapped
      (mkInt32, mkUint32...) since their GVariant type is ambiguous.
      Type: any -> gvariant.  Example: `toString (mkValue [ "a" "b" ])` => `"@as ['a','b']"` */
  mkValue =
    v:
    if builtins.isBool v then
      mkBoolean v
    else if builtins.isFloat v then
      mkDouble v
    else if builtins.isString v then
      mkString v
    else if builtins.isList v then
      mkArray v
    else if isGVariant v then
      v
    else if builtins.isInt v then
      ambiguousInt v
    else if builtins.isAttrs v then
      throw "Cannot construct GVariant value from an attribute set. If you want to construct a dictionary, you will need to create an array containing items constructed with `lib.gvariant.mkDictionaryEntry`."
    else
      throw "The GVariant type of “${builtins.typeOf v}” can't be inferred.";

  /** An array of values of one type (use mkEmptyArray for none).
      Type: [any] -> gvariant.  Example: `toString (mkArray [ true ])` => `"@ab [true]"` */
  mkArray =
    elems:
    let
      items = map mkValue (lib.trivial.throwIf (elems == [ ]) "Please create empty array with mkEmptyArray." elems);
      first = (builtins.head items).type;
      elemType = lib.trivial.throwIfNot (lib.lists.all (i: i.type == first) items) "Elements in a list should have same type." first;
    in
    shownAs (self: "@${self.type} [${concatMapStringsSep "," toString self.value}]") (typed (type.arrayOf elemType) items);

  /** A maybe of the given element type holding `elem` (null: nothing).
      Type: string -> any -> gvariant.  Example: `toString (mkMaybe type.boolean true)` => `"just true"` */
  mkMaybe =
    elemType: elem:
    shownAs (self: if self.value == null then "@${self.type} nothing" else "just ${toString self.value}") (
      typed (type.maybeOf elemType) elem
    );

  /** A boolean, written true or false.
      Type: bool -> gvariant.  Example: `toString (mkBoolean false)` => `"false"` */
  mkBoolean = v: shownAs (self: if self.value then "true" else "false") (typed type.boolean v);

  /** A string in single quotes: quotes and backslashes escaped, newlines
      written as \n.
      Type: string -> gvariant.  Example: `toString (mkString "it's")` => `"'it\\'s'"` */
  mkString =
    v:
    shownAs (self: "'${builtins.replaceStrings [ "\n" ] [ "\\n" ] (escape [ "'" "\\" ] self.value)}'") (
      typed type.string v
    );

  /** A double, written as Nix prints the float.
      Type: float -> gvariant.  Example: `toString (mkDouble 1.5)` => `"1.500000"` */
  mkDouble = v: shownAs (self: toString self.value) (typed type.double v);
in
{
  inherit
    type
    isGVariant
    intConstructors
    mkValue
    mkArray
    mkMaybe
    mkBoolean
    mkString
    mkDouble
    ;

  /** An empty array of the given element type.
      Type: string -> gvariant.  Example: `toString (mkEmptyArray type.string)` => `"@as []"` */
  mkEmptyArray = elemType: shownAs (self: "@${self.type} []") (typed (type.arrayOf elemType) [ ]);

  /** A variant (a box holding a value of any type), written `<value>`.
      Type: any -> gvariant.  Example: `toString (mkVariant "x")` => `"<'x'>"` */
  mkVariant = elem: shownAs (self: "<${toString self.value}>") (typed type.variant (mkValue elem));

  /** A dictionary entry; an array of them makes a dictionary. `value` keeps
      the raw key and value.
      Type: any -> any -> gvariant.
      Example: `toString (mkDictionaryEntry "k" (mkVariant true))` => `"@{sv} {'k',<true>}"` */
  mkDictionaryEntry =
    name: value:
    let
      key = mkValue name;
      val = mkValue value;
    in
    shownAs (self: "@${self.type} {${toString key},${toString val}}") (
      typed (type.dictionaryEntryOf key.type val.type) { inherit name value; }
    );

  /** An empty maybe of the given element type.
      Type: string -> gvariant.  Example: `toString (mkNothing type.string)` => `"@ms nothing"` */
  mkNothing = elemType: mkMaybe elemType null;

  /** A maybe holding a value.
      Type: any -> gvariant.  Example: `toString (mkJust "x")` => `"just 'x'"` */
  mkJust =
    elem:
    let
      v = mkValue elem;
    in
    mkMaybe v.type v;

  /** A tuple of values of any types.
      Type: [any] -> gvariant.  Example: `toString (mkTuple [ "a" true ])` => `"@(sb) ('a',true)"` */
  mkTuple =
    elems:
    let
      items = map mkValue elems;
    in
    shownAs (self: "@${self.type} (${concatMapStringsSep "," toString self.value})") (
      typed (type.tupleOf (map (i: i.type) items)) items
    );

  /** An object path, written `objectpath '...'`.
      Type: string -> gvariant.  Example: `toString (mkObjectpath "/a/b")` => `"objectpath '/a/b'"` */
  mkObjectpath = v: shownAs (self: "objectpath '${escape [ "'" ] self.value}'") (typed type.string v);

  /** Integers of each GVariant width; their text is annotated with the type
      (`@y 5`) except int32, GVariant's default integer (`5`).
      Type: int -> gvariant.  Example: `toString (mkUint16 5)` => `"@q 5"` */
  mkUchar = typed type.uchar;
  mkInt16 = typed type.int16;
  mkUint16 = typed type.uint16;
  mkInt32 = v: shownAs (self: toString self.value) (typed type.int32 v);
  mkUint32 = typed type.uint32;
  mkInt64 = typed type.int64;
  mkUint64 = typed type.uint64;
}
