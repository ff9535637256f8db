# Text generators pkgs.formats needs beyond lib.generators, written so a
# format's file is produced at evaluation time and needs no host tool:
#   toPrettyJSON  JSON laid out as `jq .` prints it (two-space indent)
#   toTOML        TOML in the layout remarshal's json2toml gives
{ lib }:
let
  inherit (builtins)
    toJSON
    isAttrs
    isList
    isString
    isFloat
    isInt
    isBool
    isPath
    attrNames
    ;

  # Derivations and other string-like sets are leaves, as toJSON treats them.
  isObject = v: isAttrs v && !(v ? outPath) && !(v ? __toString);
in
rec {
  toPrettyJSON =
    let
      go =
        indent: v:
        let
          inner = indent + "  ";
        in
        if isObject v then
          if v == { } then
            "{}"
          else
            "{\n"
            + lib.concatMapStringsSep ",\n" (k: "${inner}${toJSON k}: ${go inner v.${k}}") (attrNames v)
            + "\n${indent}}"
        else if isList v then
          if v == [ ] then "[]" else "[\n" + lib.concatMapStringsSep ",\n" (e: inner + go inner e) v + "\n${indent}]"
        else
          toJSON v;
    in
    v: go "" v + "\n";

  # TOML: a key is bare when it can be, else a basic string.
  tomlKey = k: if builtins.match "[A-Za-z0-9_-]+" k != null then k else toJSON k;

  tomlString =
    s:
    let
      # JSON's escapes are TOML's, except that TOML has no \/ and wants
      # control characters as \uXXXX, which toJSON already gives.
      j = toJSON s;
    in
    j;

  tomlValue =
    v:
    if isString v || isPath v || (isAttrs v && (v ? outPath || v ? __toString)) then
      tomlString (toString v)
    else if isBool v then
      lib.boolToString v
    else if isInt v then
      toString v
    else if isFloat v then
      toJSON v
    else if isList v then
      "[" + lib.concatMapStringsSep ", " tomlValue v + "]"
    else if isObject v then
      "{ " + lib.concatMapStringsSep ", " (k: "${tomlKey k} = ${tomlValue v.${k}}") (attrNames v) + " }"
    else if v == null then
      throw "generators.toTOML: null values cannot be represented in TOML"
    else
      throw "generators.toTOML: cannot represent ${builtins.typeOf v}";

  isTableArray = v: isList v && v != [ ] && lib.all isObject v;

  # One table: its plain keys, then its sub-tables and arrays of tables,
  # each under a header naming the full dotted path. A table with nothing
  # but sub-tables gets no header of its own.
  toTOML =
    let
      table =
        path: v:
        let
          names = attrNames v;
          plain = builtins.filter (k: !(isObject v.${k}) && !(isTableArray v.${k}) && v.${k} != null) names;
          subTables = builtins.filter (k: isObject v.${k}) names;
          tableArrays = builtins.filter (k: isTableArray v.${k}) names;
          pathOf = k: path ++ [ (tomlKey k) ];
          header = lib.concatStringsSep "." path;
          body = lib.concatMapStrings (k: "${tomlKey k} = ${tomlValue v.${k}}\n") plain;
          showHeader = path != [ ] && (plain != [ ] || (subTables == [ ] && tableArrays == [ ]));
          own = if showHeader then [ "[${header}]\n${body}" ] else if body != "" then [ body ] else [ ];
        in
        own
        ++ lib.concatMap (k: table (pathOf k) v.${k}) subTables
        ++ lib.concatMap (
          k:
          map (
            e:
            let
              sub = table (pathOf k) e;
              entryBody = lib.concatMapStrings (
                n: "${tomlKey n} = ${tomlValue e.${n}}\n"
              ) (builtins.filter (n: !(isObject e.${n}) && !(isTableArray e.${n}) && e.${n} != null) (attrNames e));
            in
            "[[${lib.concatStringsSep "." (pathOf k)}]]\n${entryBody}"
            + lib.concatStrings (
              lib.concatMap (n: map (s: "\n" + s) (table (pathOf k ++ [ (tomlKey n) ]) e.${n})) (
                builtins.filter (n: isObject e.${n}) (attrNames e)
              )
            )
          ) v.${k}
        ) tableArrays;
    in
    v:
    if !(isObject v) then
      throw "generators.toTOML: the top level must be an attribute set"
    else
      lib.concatStringsSep "\n" (table [ ] v);
}
