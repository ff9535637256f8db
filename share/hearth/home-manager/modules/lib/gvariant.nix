# lib.hm.gvariant: Home Manager's own GVariant values, as dconf.settings
# writes them (`dconf load` reads GLib's text format). Not nixpkgs'
# lib.gvariant: constructors here take the element type first
# (`mkArray type.uint32 [ 1 ]`), an empty Nix list is an empty string array,
# and unsupported values give `null` instead of throwing, which the
# lib.hm.types.gvariant option type relies on for its check.
#
# A value is { _type = "gvariant"; type; value; __toString } where `type` is
# the GVariant type string and `toString` gives the text dconf reads.
{ lib }:

let
  inherit (lib) concatMapStringsSep concatStrings escape;

  # The text of a value whose type GLib cannot guess from the literal alone
  # carries an `@type` annotation; `render` overrides that where the
  # literal is unambiguous.
  mkTyped =
    typeString: value:
    {
      _type = "gvariant";
      type = typeString;
      inherit value;
      __toString = self: "@${self.type} ${toString self.value}";
    };

  withText = render: v: v // { __toString = render; };

  # nixpkgs' type strings, but a dictionary entry's types come as a list.
  type = lib.gvariant.type // {
    dictionaryEntryOf = ts: "{${concatStrings ts}}";
  };

  # The GVariant type a Nix value maps to, "" when there is none (an empty
  # list has no element type to go by).
  typeOf =
    v:
    if builtins.isBool v then
      type.boolean
    else if builtins.isInt v then
      type.int32
    else if builtins.isFloat v then
      type.double
    else if builtins.isString v then
      type.string
    else if builtins.isList v then
      let
        elem = elemTypeOf v;
      in
      if elem == "" then "" else type.arrayOf elem
    else if builtins.isAttrs v && v ? type then
      v.type
    else
      "";

  elemTypeOf = vs: if builtins.isList vs && vs != [ ] then typeOf (builtins.head vs) else "";

  joined = vs: concatMapStringsSep "," toString vs;

  mkMaybe =
    elemType: elem:
    withText (self: if self.value == null then "@${self.type} nothing" else "just ${toString self.value}") (
      mkTyped (type.maybeOf elemType) elem
    );

  # Single quotes and backslashes are escaped, newlines written as \n.
  quote = s: "'${builtins.replaceStrings [ "\n" ] [ "\\n" ] (escape [ "'" "\\" ] s)}'";
in
rec {
  inherit type typeOf;

  isGVariant = v: v._type or "" == "gvariant";

  # Predicates on type strings.
  isArray = lib.hasPrefix "a";
  isDictionaryEntry = lib.hasPrefix "{";
  isMaybe = lib.hasPrefix "m";
  isTuple = lib.hasPrefix "(";

  # The closest GVariant to a Nix value, or null when there is none.
  mkValue =
    v:
    if builtins.isBool v then
      mkBoolean v
    else if builtins.isInt v then
      mkInt32 v
    else if builtins.isFloat v then
      mkDouble v
    else if builtins.isString v then
      mkString v
    else if builtins.isList v then
      (if v == [ ] then mkArray type.string [ ] else mkArray (elemTypeOf v) v)
    else if isGVariant v then
      v
    else
      null;

  mkArray =
    elemType: elems:
    withText (self: "@${self.type} [${joined self.value}]") (
      mkTyped (type.arrayOf elemType) (map mkValue elems)
    );

  mkEmptyArray = elemType: mkArray elemType [ ];

  mkVariant =
    elem: withText (self: "@${self.type} <${toString self.value}>") (mkTyped type.variant (mkValue elem));

  mkDictionaryEntry =
    elems:
    let
      values = map mkValue elems;
    in
    withText (self: "@${self.type} {${joined self.value}}") (
      mkTyped (type.dictionaryEntryOf (map (e: e.type) values)) values
    );

  mkNothing = elemType: mkMaybe elemType null;

  mkJust =
    elem:
    let
      value = mkValue elem;
    in
    mkMaybe value.type value;

  mkTuple =
    elems:
    let
      values = map mkValue elems;
    in
    withText (self: "@${self.type} (${joined self.value})") (
      mkTyped (type.tupleOf (map (e: e.type) values)) values
    );

  mkBoolean = v: withText (self: if self.value then "true" else "false") (mkTyped type.boolean v);

  mkString = v: withText (self: quote self.value) (mkTyped type.string v);

  # Home Manager gives object paths the string type; only the text differs.
  mkObjectpath =
    v: withText (self: "objectpath '${escape [ "'" ] self.value}'") (mkTyped type.string v);

  mkUchar = mkTyped type.uchar;
  mkInt16 = mkTyped type.int16;
  mkUint16 = mkTyped type.uint16;
  # int32 and double are what GLib assumes for a bare number literal.
  mkInt32 = v: withText (self: toString self.value) (mkTyped type.int32 v);
  mkUint32 = mkTyped type.uint32;
  mkInt64 = mkTyped type.int64;
  mkUint64 = mkTyped type.uint64;
  mkDouble = v: withText (self: toString self.value) (mkTyped type.double v);
}
