# TOML as nixpkgs' formats.toml writes it: remarshal reads the value's JSON
# and dumps it with tomlkit (key order kept), making arrays of six or more
# values multi-line. In each table:
#   - keys with plain values come first, then the sub-tables and arrays of
#     tables, each group in the (sorted) key order;
#   - a sub-table gets a blank line before it when anything precedes it in
#     the table; an array of tables only when its key is not the table's
#     first (tomlkit adds the blank line to the array, which it does not
#     print, when a plain value is later put in front of it); elements after
#     an array's first always get one;
#   - a table whose children are all tables or arrays of tables has no
#     header of its own (`[a.b]` without `[a]`).
# Arrays of six or more values are written one value per line, indented
# four spaces with a trailing comma, except inside arrays of tables
# (remarshal does not look there). Strings are basic strings with TOML's
# short escapes and \uXXXX for other control characters; keys are bare
# when they can be.
{
  lib,
  utf8,
  floatRepr,
}:
let
  inherit (builtins)
    all
    attrNames
    filter
    isAttrs
    isBool
    isFloat
    isInt
    isList
    isString
    length
    match
    replaceStrings
    ;

  isStringLike = v: isAttrs v && (v ? outPath || v ? __toString);
  isTable = v: isAttrs v && !(isStringLike v);
  isTableArray = v: isList v && v != [ ] && all isTable v;

  controls = lib.range 1 31 ++ [ 127 ];
  shortEscapes = {
    "8" = "\\b";
    "9" = "\\t";
    "10" = "\\n";
    "12" = "\\f";
    "13" = "\\r";
  };
  # tomlkit leaves backslashes in quoted keys as they are.
  keyEscapes = lib.listToAttrs (
    map (
      i: lib.nameValuePair (utf8.char i) (shortEscapes.${toString i} or "\\u00${lib.toLower (utf8.hex 2 i)}")
    ) controls
  )
  // {
    "\"" = "\\\"";
  };
  stringEscapes = keyEscapes // {
    "\\" = "\\\\";
  };
  escapeWith = table: replaceStrings (attrNames table) (map (c: table.${c}) (attrNames table));

  key = k: if match "[A-Za-z0-9_-]+" k != null then k else "\"${escapeWith keyEscapes k}\"";

  # A value on the right of `=`, or inside an array or inline table.
  inline =
    v:
    if isString v || isStringLike v || builtins.isPath v then
      "\"${escapeWith stringEscapes "${v}"}\""
    else if isBool v then
      lib.boolToString v
    else if isInt v then
      toString v
    else if isFloat v then
      floatRepr v
    else if isList v then
      "[${lib.concatMapStringsSep ", " inline v}]"
    else if isTable v then
      "{${lib.concatMapStringsSep ", " (k: "${key k} = ${inline v.${k}}") (attrNames v)}}"
    else if v == null then
      throw "generators.toTOML: null values are not supported"
    else
      throw "generators.toTOML: cannot represent ${builtins.typeOf v}";

  multiline = v: "[\n${lib.concatMapStrings (e: "    ${inline e},\n") v}]";

  # The inside of a table at `path`; `top`: not inside an array of tables.
  body =
    top: path: t:
    let
      names = attrNames t;
      nested = filter (k: isTable t.${k} || isTableArray t.${k}) names;
      plain = filter (k: !(isTable t.${k} || isTableArray t.${k})) names;
      valueText = v: if top && isList v && length v >= 6 then multiline v else inline v;
      child =
        k:
        let
          v = t.${k};
          sub = path ++ [ (key k) ];
          notFirst = k != lib.head names;
        in
        if isTable v then
          table top sub (notFirst || plain != [ ]) v
        else
          lib.concatImapStrings (i: e: element sub (i > 1 || notFirst) e) v;
    in
    lib.concatMapStrings (k: "${key k} = ${valueText t.${k}}\n") plain + lib.concatMapStrings child nested;

  table =
    top: path: blank: t:
    let
      children = attrNames t;
      headerless = children != [ ] && all (k: isTable t.${k} || isTableArray t.${k}) children;
    in
    lib.optionalString blank "\n"
    + lib.optionalString (!headerless) "[${lib.concatStringsSep "." path}]\n"
    + body top path t;

  element =
    path: blank: t:
    lib.optionalString blank "\n" + "[[${lib.concatStringsSep "." path}]]\n" + body false path t;
in
value:
if isTable value then body true [ ] value else throw "generators.toTOML: the top level must be an attribute set"
