# lib.hm.generators: renderers for configuration formats nixpkgs' own
# lib.generators lacks (KDL, SCFG, Hyprland's config). Each takes an
# options set first, like nixpkgs' generators, then the value.
{ lib }:

let
  inherit (builtins) elem typeOf;
  inherit (lib) concatStringsSep mapAttrsToList;

  scalarTypes = [
    "int"
    "float"
    "string"
    "bool"
    "null"
  ];
  isScalar = v: elem (typeOf v) scalarTypes;

  # Children are indented by one tab; a child may span several lines.
  indentBlock = items: concatStringsSep "\n" (map (l: "\t" + l) (lib.splitString "\n" (concatStringsSep "\n" items)));

  block = head: items: "${head}{\n${indentBlock items}\n}";

  # A scalar as a KDL value: strings quoted with newlines and quotes
  # escaped, and backslashes too when asked (older Home Manager states
  # wrote them as they were).
  kdlValue =
    escapeBackslashes: v:
    let
      from = lib.optional escapeBackslashes "\\" ++ [
        "\n"
        ''"''
      ];
      to = lib.optional escapeBackslashes "\\\\" ++ [
        "\\n"
        ''\"''
      ];
    in
    if !isScalar v then
      throw "Cannot convert value of type ${typeOf v} to KDL literal."
    else if v == null then
      "null"
    else if builtins.isBool v then
      lib.boolToString v
    else if builtins.isString v then
      ''"${builtins.replaceStrings from to v}"''
    else
      toString v;

  # `_children` is a list of one-node sets, rendered first and in order
  # (so a name may repeat); a node with no children has no braces.
  kdlNode =
    esc: name: v:
    let
      value = kdlValue esc;
      node = kdlNode esc;
    in
    if isScalar v then
      "${name} ${value v}"
    else if builtins.isAttrs v then
      let
        args = lib.optionalString (v ? _args) (concatStringsSep " " (map value v._args) + " ");
        props = lib.optionalString (v ? _props) (
          concatStringsSep " " (mapAttrsToList (k: x: "${k}=${value x}") v._props) + " "
        );
        ordered = lib.concatMap (mapAttrsToList node) (v._children or [ ]);
        children =
          ordered
          ++ mapAttrsToList node (
            removeAttrs v [
              "_args"
              "_props"
              "_children"
            ]
          );
      in
      if children == [ ] then lib.removeSuffix " " "${name} ${args}${props}" else block "${name} ${args}${props}" children
    else if builtins.isList v then
      if builtins.all isScalar v then
        "${name} ${concatStringsSep " " (map value v)}"
      else
        block "${name} " (map (node "-") v)
    else
      throw ''
        Cannot convert type `(${typeOf v})` to KDL:
          ${name} = ${toString v}
      '';

  # SCFG quotes a word only when it is empty or holds a blank, a quote,
  # a brace or a control character; escapes cover quote, backslash, CR,
  # LF and tab.
  scfgSpecial = [
    ''"''
    "\\"
    "\r"
    "\n"
    "\t"
  ];
  scfgNeedsQuotes = s: s == "" || builtins.any (c: elem c (scfgSpecial ++ [ " " "'" "{" "}" ])) (lib.stringToCharacters s);
  scfgValue =
    v:
    if !(elem (typeOf v) [ "int" "float" "string" "bool" ]) then
      throw "Cannot convert value of type ${typeOf v} to SCFG literal."
    else if builtins.isBool v then
      lib.boolToString v
    else if builtins.isString v then
      if scfgNeedsQuotes v then
        ''"${builtins.replaceStrings scfgSpecial [ ''\"'' "\\\\" "\\r" "\\n" "\\t" ] v}"''
      else
        v
    else
      toString v;
  scfgParams = list: lib.optionalString (list != [ ]) (" " + concatStringsSep " " (map scfgValue list));
  scfgChildren = attrs: mapAttrsToList scfgDirective (lib.filterAttrs (n: v: v != null && n != "_params") attrs);
  scfgDirective =
    name: v:
    if name == "" then
      throw "Directive must not be empty"
    else if builtins.isAttrs v then
      block "${name}${scfgParams (v._params or [ ])} " (scfgChildren v)
    else if builtins.isList v then
      "${name}${scfgParams v}"
    else
      "${name} ${scfgValue v}";
in
{
  /**
    Render an attribute set as KDL. Attribute sets become nodes with
    children (`_args` and `_props` give the node's arguments and
    properties), lists of scalars become one node with several arguments,
    other lists become a node whose children are all named "-".

    Type: toKDL :: { escapeBackslashes ? false } -> AttrsOf Any -> String

    Examples:
      toKDL { } { a = 1; b = { _args = [ "x" ]; c = true; }; }
      => "a 1\nb \"x\" {\n\tc true\n}\n"
  */
  toKDL =
    {
      escapeBackslashes ? false,
    }:
    attrs: ''
      ${concatStringsSep "\n" (mapAttrsToList (kdlNode escapeBackslashes) attrs)}
    '';

  /**
    Render an attribute set as SCFG (https://git.sr.ht/~emersion/scfg).
    Attribute sets are blocks (`_params` gives their parameters), lists are
    a directive's parameters, null values are left out.

    Type: toSCFG :: {} -> AttrsOf Any -> String
  */
  toSCFG =
    { }:
    attrs:
    lib.optionalString (attrs != { }) ''
      ${concatStringsSep "\n" (scfgChildren attrs)}
    '';

  /**
    Render Hyprland's configuration. Scalars are `key=value` lines. Sets
    are `name { ... }` sections; a list repeats its key once per element,
    each element a line or, for a set, a section. Entries whose names
    start with one of `importantPrefixes` (variables, by default) come
    first, then sets and lists in name order, one blank line between two
    of them, then the other scalars.

    Type: toHyprconf :: { attrs, indentLevel ? 0, importantPrefixes ? [ "$" ] } -> String
  */
  toHyprconf =
    {
      attrs,
      indentLevel ? 0,
      importantPrefixes ? [ "$" ],
    }:
    let
      isImportant = n: builtins.any (p: lib.hasPrefix p n) importantPrefixes;
      isNested = v: builtins.isAttrs v || builtins.isList v;
      render =
        indent: set:
        let
          important = lib.filterAttrs (n: _: isImportant n) set;
          rest = removeAttrs set (builtins.attrNames important);
          nested = lib.filterAttrs (_: isNested) rest;
          scalars = lib.filterAttrs (_: v: !isNested v) rest;
          keyValues = lib.generators.toKeyValue {
            listsAsDuplicateKeys = true;
            inherit indent;
          };
          # Elements of a list of sets are set apart like sibling sections;
          # the lines of a list of scalars (or a mixed one) stay together.
          entry =
            n: v:
            if builtins.isList v then
              concatStringsSep (if builtins.all builtins.isAttrs v then "\n" else "") (map (entry n) v)
            else if builtins.isAttrs v then
              ''
                ${indent}${n} {
                ${render "  ${indent}" v}${indent}}
              ''
            else
              keyValues { ${n} = v; };
        in
        keyValues important + concatStringsSep "\n" (mapAttrsToList entry nested) + keyValues scalars;
    in
    render (lib.concatStrings (lib.replicate indentLevel "  ")) attrs;
}
