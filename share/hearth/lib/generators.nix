# Serialisers from Nix values to configuration formats: key=value, INI,
# git-config, JSON/YAML, Nix-like pretty printing, Lua and plists. Each
# generator takes an options set first, so `toINI { } value` is the plain call.
{ lib }:
let
  inherit (builtins)
    isInt
    isFloat
    isString
    isBool
    isPath
    isList
    isAttrs
    length
    head
    tail
    filter
    split
    match
    attrNames
    typeOf
    concatStringsSep
    elem
    mapAttrs
    ;
  inherit (lib.trivial) isFunction functionArgs;
  inherit (lib.attrsets) mapAttrsToList isDerivation;
  inherit (lib.strings) escape escapeNixIdentifier escapeXML concatMapStringsSep floatToString;

  # The indentation shared by toPretty and toLua.
  spacing = multiline: indent: {
    intro = if multiline then "\n${indent}  " else " ";
    outro = if multiline then "\n${indent}" else " ";
  };
in
rec {
  /** The default rendering of a scalar in key=value formats: ints, strings
      and derivations as text, bools as true/false, null as "null", floats
      via floatToString; lists, sets and functions abort.
      Type: {} -> a -> string.  Example: `mkValueStringDefault { } true` => `"true"` */
  mkValueStringDefault = { }: v:
    let
      err = t: v: abort ("generators.mkValueStringDefault: " + "${t} not supported: ${toPretty { } v}");
    in
    if isInt v then
      toString v
    else if isDerivation v then
      toString v
    else if isString v then
      v
    else if true == v then
      "true"
    else if false == v then
      "false"
    else if null == v then
      "null"
    else if isList v then
      err "lists" v
    else if isAttrs v then
      err "attrsets" v
    else if isFunction v then
      err "functions" v
    else if isFloat v then
      floatToString v
    else
      err "this value is" (toString v);

  /** One "key<sep>value" line body; the separator is backslash-escaped in keys.
      Type: { mkValueString ? } -> string -> string -> a -> string.
      Example: `mkKeyValueDefault { } ":" "a:b" 1` => `"a\\:b:1"` */
  mkKeyValueDefault = { mkValueString ? mkValueStringDefault { } }: sep: k: v:
    "${escape [ sep ] k}${sep}${mkValueString v}";

  /** Render an attribute set as one "key=value\n" line per attribute (sorted);
      with `listsAsDuplicateKeys`, a list value repeats its key.
      Type: { mkKeyValue ?, listsAsDuplicateKeys ? bool, indent ? string } -> attrs -> string.
      Example: `toKeyValue { } { a = 1; b = "x"; }` => `"a=1\nb=x\n"` */
  toKeyValue =
    { mkKeyValue ? mkKeyValueDefault { } "=", listsAsDuplicateKeys ? false, indent ? "" }:
    let
      mkLine = k: v: indent + mkKeyValue k v + "\n";
      mkLines =
        if listsAsDuplicateKeys then k: v: map (mkLine k) (if isList v then v else [ v ]) else k: v: [ (mkLine k v) ];
    in
    attrs: concatStringsSep "" (builtins.concatLists (mapAttrsToList mkLines attrs));

  /** Render a set of sections (sets of keys) as INI: "[section]\n" followed by
      its toKeyValue lines, sections separated by a blank line.
      Type: { mkSectionName ?, mkKeyValue ?, listsAsDuplicateKeys ? bool } -> attrs -> string.
      Example: `toINI { } { s.a = 1; }` => `"[s]\na=1\n"` */
  toINI =
    {
      mkSectionName ? (name: escape [ "[" "]" ] name),
      mkKeyValue ? mkKeyValueDefault { } "=",
      listsAsDuplicateKeys ? false,
    }:
    attrsOfAttrs:
    let
      mkSection = name: values:
        "[${mkSectionName name}]\n" + toKeyValue { inherit mkKeyValue listsAsDuplicateKeys; } values;
    in
    concatStringsSep "\n" (mapAttrsToList mkSection attrsOfAttrs);

  /** INI with keys before the first section: the global keys, a blank line
      (only if there are any), then `toINI` of the sections.
      Type: { mkSectionName ?, mkKeyValue ?, listsAsDuplicateKeys ? } -> { globalSection; sections ? {} } -> string.
      Example: `toINIWithGlobalSection { } { globalSection.a = 1; sections.s.b = 2; }` => `"a=1\n\n[s]\nb=2\n"` */
  toINIWithGlobalSection =
    {
      mkSectionName ? (name: escape [ "[" "]" ] name),
      mkKeyValue ? mkKeyValueDefault { } "=",
      listsAsDuplicateKeys ? false,
    }:
    { globalSection, sections ? { } }:
    (if globalSection == { } then "" else toKeyValue { inherit mkKeyValue listsAsDuplicateKeys; } globalSection + "\n")
    + toINI { inherit mkSectionName mkKeyValue listsAsDuplicateKeys; } sections;

  /** Render git-config: nested sets become `[section "sub.section"]`, keys are
      tab-indented `key = value`, strings are quoted with \n \t \" \\ escapes,
      list values repeat the key.
      Type: attrs -> string.
      Example: `toGitINI { user.name = "A"; }` => `"[user]\n\tname = \"A\"\n"` */
  toGitINI = attrs:
    let
      mkSectionName = name:
        let
          parts = lib.strings.splitString "." name;
          subsections = tail parts;
        in
        if lib.strings.hasInfix "\"" name || subsections == [ ] then
          name
        else
          "${head parts} \"${concatStringsSep "." subsections}\"";

      quote = v: "\"${builtins.replaceStrings [ "\n" "\t" "\"" "\\" ] [ "\\n" "\\t" "\\\"" "\\\\" ] v}\"";
      mkValueString = v: mkValueStringDefault { } (if isString v then quote v else v);

      mkKeyValue = k: v:
        let
          line = mkKeyValueDefault { inherit mkValueString; } " = " k;
        in
        concatStringsSep "\n" (map (kv: "\t" + line kv) (lib.lists.toList v));

      # { a.b.c = 1; } becomes { "a.b".c = 1; }: the last name is the key and
      # the names before it form the (sub)section.
      flatten =
        let
          walk = path: value:
            if isAttrs value && !isDerivation value then
              mapAttrsToList (name: value: walk ([ name ] ++ path) value) value
            else if length path > 1 then
              { ${concatStringsSep "." (lib.lists.reverseList (tail path))}.${head path} = value; }
            else
              { ${head path} = value; };
        in
        attrs: lib.lists.foldl lib.attrsets.recursiveUpdate { } (lib.lists.flatten (walk [ ] attrs));
    in
    toINI { inherit mkKeyValue mkSectionName; } (flatten attrs);

  /** Render dconf's keyfile format (keys rendered by `lib.gvariant`, which
      Hearth's lib does not provide; kept for the name).
      Type: attrs -> string. */
  mkDconfKeyValue = mkKeyValueDefault { mkValueString = v: toString (lib.gvariant.mkValue v); } "=";
  toDconfINI = toINI {
    mkSectionName = x: x;
    mkKeyValue = mkDconfKeyValue;
  };

  /** Limit how deep a value is evaluated: past `depthLimit`, throw or
      replace by "<unevaluated>". Special attributes (__functor, __toString,
      __functionArgs, __pretty) are left alone.
      Type: { depthLimit; throwOnDepthLimit ? bool } -> a -> a.
      Example: `withRecursion { depthLimit = 1; throwOnDepthLimit = false; } { a.b = 1; }` => `{ a = { b = "<unevaluated>"; }; }` */
  withRecursion =
    { depthLimit, throwOnDepthLimit ? true }:
    assert isInt depthLimit;
    let
      special = [ "__functor" "__functionArgs" "__toString" "__pretty" ];
      stepInto = next: name: if elem name special then (x: x) else next;
      guard = depth:
        if depthLimit != null && depth > depthLimit then
          if throwOnDepthLimit then
            throw "Exceeded maximum eval-depth limit of ${toString depthLimit} while trying to evaluate with `generators.withRecursion'!"
          else
            (_: "<unevaluated>")
        else
          (x: x);
      mapAny = depth: v:
        let
          next = x: mapAny (depth + 1) (guard (depth + 1) x);
        in
        if isAttrs v then mapAttrs (stepInto next) v else if isList v then map next v else guard (depth + 1) v;
    in
    mapAny 0;

  /** Pretty-print a value as Nix-like text (for messages, not for parsing
      back): multi-line strings as '' '' blocks, functions as
      `<function, args: {a, b?}>`, derivations as `<derivation name>`.
      With `allowPrettyValues`, `{ __pretty = f; val = v; }` prints as `f v`.
      Type: { allowPrettyValues ? bool, multiline ? bool, indent ? string } -> a -> string.
      Example: `toPretty { } { a = [ 1 ]; }` => `"{\n  a = [\n    1\n  ];\n}"` */
  toPretty =
    { allowPrettyValues ? false, multiline ? true, indent ? "" }:
    let
      go = indent: v:
        let
          sp = spacing multiline indent;
        in
        if isInt v then
          toString v
        else if isFloat v then
          builtins.toJSON v
        else if isString v then
          let
            lines = filter (l: !isList l) (split "\n" v);
            oneLine = "\"" + concatStringsSep "\\n" (map (escape [ "\\" "\"" "\${" ]) lines) + "\"";
            block =
              let
                escaped = map (builtins.replaceStrings [ "\${" "''" ] [ "''\${" "'''" ]) lines;
                last = lib.lists.last escaped;
              in
              "''"
              + sp.intro
              + concatStringsSep sp.intro (lib.lists.init escaped)
              + (if last == "" then sp.outro else sp.intro + last)
              + "''";
          in
          if multiline && length lines > 1 then block else oneLine
        else if true == v then
          "true"
        else if false == v then
          "false"
        else if null == v then
          "null"
        else if isPath v then
          toString v
        else if isList v then
          if v == [ ] then "[ ]" else "[" + sp.intro + concatMapStringsSep sp.intro (go (indent + "  ")) v + sp.outro + "]"
        else if isFunction v then
          let
            args = functionArgs v;
            shown = concatStringsSep ", " (mapAttrsToList (name: hasDefault: if hasDefault then name + "?" else name) args);
          in
          if args == { } then "<function>" else "<function, args: {${shown}}>"
        else if isAttrs v then
          if allowPrettyValues && v ? __pretty && v ? val then
            v.__pretty v.val
          else if v == { } then
            "{ }"
          else if v ? type && v.type == "derivation" then
            "<derivation ${v.name or "???"}>"
          else
            "{"
            + sp.intro
            + concatStringsSep sp.intro (
              mapAttrsToList (
                name: value:
                "${escapeNixIdentifier name} = ${
                  builtins.addErrorContext "while evaluating an attribute `${name}`" (go (indent + "  ") value)
                };"
              ) v
            )
            + sp.outro
            + "}"
        else
          abort "generators.toPretty: should never happen (v = ${v})";
    in
    go indent;

  /** JSON, via builtins.toJSON.
      Type: {} -> a -> string.  Example: `toJSON { } { a = 1; }` => `"{\"a\":1}"` */
  toJSON = { }: builtins.toJSON;

  /** YAML; JSON is valid YAML, so this is `toJSON`.
      Type: {} -> a -> string.  Example: `toYAML { } [ 1 ]` => `"[1]"` */
  toYAML = { }@args: toJSON args;

  /** Render a value as an Apple property list (XML). Without `escape = true`
      strings are not XML-escaped, which is deprecated and warns.
      Type: { escape ? bool } -> a -> string.
      Example: `toPlist { escape = true; } { a = 1; }` */
  toPlist =
    { escape ? false }:
    v:
    let
      text = if escape then escapeXML else (x: x);
      render = ind: x:
        if x == null then
          ""
        else if isBool x then
          ind + (if x then "<true/>" else "<false/>")
        else if isInt x then
          ind + "<integer>${toString x}</integer>"
        else if isString x then
          ind + "<string>${text x}</string>"
        else if isList x then
          concatStringsSep "\n" [
            (ind + "<array>")
            (concatMapStringsSep "\n" (render "\t${ind}") x)
            (ind + "</array>")
          ]
        else if isAttrs x then
          concatStringsSep "\n" [
            (ind + "<dict>")
            (entries ind x)
            (ind + "</dict>")
          ]
        else if isPath x then
          ind + "<string>${text (toString x)}</string>"
        else if isFloat x then
          ind + "<real>${toString x}</real>"
        else
          abort "generators.toPlist: should never happen (v = ${v})";
      entries = ind: x:
        concatStringsSep "\n" (
          lib.lists.flatten (
            mapAttrsToList (
              name: value:
              lib.lists.optionals (name != "_module" && value != null) [
                "\t${ind}<key>${text name}</key>"
                (render "\t${ind}" value)
              ]
            ) x
          )
        );
    in
    lib.trivial.warnIf (!escape && lib.trivial.oldestSupportedReleaseIsAtLeast 2505)
      "Using `lib.generators.toPlist` without `escape = true` is deprecated"
      ''
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
        <plist version="1.0">
        ${render "" v}
        </plist>'';

  /** Render a value as Lua: null as nil, scalars as JSON, lists and sets as
      tables (`["key"] = value`), `mkLuaInline` values verbatim in
      parentheses. With `asBindings`, the top-level set becomes `key = value`
      lines (keys must be Lua names, dots allowed).
      Type: { multiline ? bool, indent ? string, asBindings ? bool } -> a -> string.
      Example: `toLua { } { a = [ 1 "x" ]; }` => `"{\n  [\"a\"] = {\n    1,\n    \"x\"\n  }\n}"` */
  toLua =
    { multiline ? true, indent ? "", asBindings ? false }@args:
    v:
    let
      innerIndent = "${indent}  ";
      intro = if multiline then "\n${innerIndent}" else " ";
      outro = if multiline then "\n${indent}" else " ";
      innerArgs = args // {
        indent = if asBindings then indent else innerIndent;
        asBindings = false;
      };
      items = concatStringsSep ",${intro}";
      isLuaInline = { _type ? null, ... }: _type == "lua-inline";
      goodName = name: match "[[:alpha:]_][[:alnum:]_]*(\\.[[:alpha:]_][[:alnum:]_]*)*" name != null;
      badNames = filter (name: !goodName name) (attrNames v);
      bindings =
        assert lib.asserts.assertMsg (badNames == [ ]) "Bad Lua var names: ${toPretty { } badNames}";
        concatStringsSep "" (mapAttrsToList (key: value: "${indent}${key} = ${toLua innerArgs value}\n") v);
    in
    if asBindings then
      bindings
    else if v == null then
      "nil"
    else if isInt v || isFloat v || isString v || isBool v then
      builtins.toJSON v
    else if isPath v || isDerivation v then
      builtins.toJSON "${v}"
    else if isList v then
      if v == [ ] then "{}" else "{${intro}${items (map (value: toLua innerArgs value) v)}${outro}}"
    else if isAttrs v then
      if isLuaInline v then
        "(${v.expr})"
      else if v == { } then
        "{}"
      else
        "{${intro}${items (mapAttrsToList (key: value: "[${builtins.toJSON key}] = ${toLua innerArgs value}") v)}${outro}}"
    else
      abort "generators.toLua: type ${typeOf v} is unsupported";

  /** Mark a string as a raw Lua expression for `toLua`.
      Type: string -> attrs.  Example: `mkLuaInline "vim.fn.expand('~')"` => `{ _type = "lua-inline"; expr = "vim.fn.expand('~')"; }` */
  mkLuaInline = expr: {
    _type = "lua-inline";
    inherit expr;
  };
}
