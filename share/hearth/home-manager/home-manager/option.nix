# What `home-manager option NAME` prints, as one string: for an option its
# value, default, type, description, example, the files declaring it and
# the files defining it (each under a heading, indented by two spaces, as
# nixos-option lays them out); for a set of options the names it holds;
# with `recursive`, one `name = value;` line per value below NAME.
{
  pkgs ? import <nixpkgs> { },
  confPath,
  confAttr ? null,
  optionPath,
  recursive ? false,
}:

let
  env = import ./home-manager.nix {
    inherit pkgs confPath confAttr;
    check = false;
  };
  inherit (env.pkgs) lib;

  # "a.b.\"c.d\".e" -> [ "a" "b" "c.d" "e" ]: a quoted part may hold dots.
  parsePath =
    str:
    let
      pieces = lib.splitString "." str;
      step =
        acc: piece:
        if acc.open != null then
          let
            joined = "${acc.open}.${piece}";
          in
          if lib.hasSuffix "\"" piece then
            {
              parts = acc.parts ++ [ (builtins.fromJSON joined) ];
              open = null;
            }
          else
            acc // { open = joined; }
        else if lib.hasPrefix "\"" piece && !(lib.hasSuffix "\"" piece && piece != "\"") then
          acc // { open = piece; }
        else if lib.hasPrefix "\"" piece then
          acc // { parts = acc.parts ++ [ (builtins.fromJSON piece) ]; }
        else
          acc // { parts = acc.parts ++ [ piece ]; };
      result = lib.foldl step {
        parts = [ ];
        open = null;
      } pieces;
    in
    if str == "" then [ ] else result.parts ++ lib.optional (result.open != null) result.open;

  path = parsePath optionPath;
  shown = lib.showOption path;

  pretty = lib.generators.toPretty { multiline = true; };
  safePretty =
    v:
    let
      r = builtins.tryEval (pretty v);
    in
    if r.success then r.value else "«error»";
  indent = s: lib.concatMapStringsSep "\n" (l: "  " + l) (lib.splitString "\n" s);

  # Below an option of a submodule type lie the submodule's options; below
  # one of attrsOf (submodule), a name picks an element, whose options are
  # the same for every name. Such options carry no definitions of their
  # own: `anchor` is the option above them that does, and `below` the path
  # from it (element names included) to the option asked for.
  descend =
    acc: name:
    let
      node = acc.node;
    in
    if lib.isOption node then
      let
        subs = (node.type.getSubOptions or (_: { })) [ ];
      in
      if subs == { } then
        throw "Trying to access '${name}' inside ${node.type.name} option while traversing option path '${shown}'"
      else
        {
          node = subs.${name} or subs;
          anchor = if acc.anchor == null then node else acc.anchor;
          below = acc.below ++ [ name ];
        }
    else
      {
        node = node.${name} or (throw "Couldn't resolve config path '${shown}'");
        inherit (acc) anchor;
        below = if acc.anchor == null then [ ] else acc.below ++ [ name ];
      };

  # Whether a definition's value (mkIf, mkMerge and priorities seen
  # through) sets something at `p`; a module given as a function cannot
  # be told without evaluating it, and counts as not.
  defines =
    p: v:
    let
      kind = v._type or null;
    in
    if p == [ ] then
      true
    else if !builtins.isAttrs v then
      false
    else if kind == "if" then
      v.condition && defines p v.content
    else if kind == "merge" then
      lib.any (defines p) v.contents
    else if kind == "override" || kind == "order" then
      defines p v.content
    else
      v ? ${lib.head p} && defines (lib.tail p) v.${lib.head p};

  # The files defining the option: its own, or for an option inside a
  # submodule those of the definitions above it that reach it.
  definedBy =
    found:
    if found.anchor == null then
      lib.unique (found.node.files or [ ])
    else
      lib.unique (
        map (d: d.file) (
          lib.filter (
            d:
            let
              r = builtins.tryEval (defines found.below d.value);
            in
            r.success && r.value
          ) found.anchor.definitionsWithLocations
        )
      );

  section = heading: text: "${heading}:" + lib.optionalString (text != "") "\n${indent text}";
  textOf = d: if builtins.isAttrs d then d.text or "" else d;

  # literalExpression and literalMD examples and defaults are shown as
  # their text, as nixos-option shows them.
  shown' =
    v:
    if builtins.isAttrs v && lib.elem (v._type or null) [ "literalExpression" "literalMD" ] then
      lib.removeSuffix "\n" v.text
    else
      safePretty v;

  renderOption =
    opt: files: value:
    lib.concatStringsSep "\n\n" (
      [ (section "Value" (safePretty value)) ]
      ++ lib.optional (opt ? defaultText || opt ? default) (
        section "Default" (shown' (opt.defaultText or opt.default))
      )
      ++ lib.optional (opt ? type) (section "Type" opt.type.description)
      ++ lib.optional (opt ? description && opt.description != null) (
        section "Description" (lib.removeSuffix "\n" (textOf opt.description))
      )
      ++ lib.optional (opt ? example) (section "Example" (shown' opt.example))
      ++ lib.optional (opt ? declarations) (
        section "Declared by" (lib.concatStringsSep "\n" (map toString opt.declarations))
      )
      ++ [ (section "Defined by" (lib.concatStringsSep "\n" (map toString files))) ]
    );

  renderSet =
    set:
    "This attribute set contains:\n"
    + lib.concatStringsSep "\n" (lib.filter (n: n != "_module") (lib.attrNames set));

  # Each value below `value` (derivations are values, not sets to enter).
  renderRecursive =
    value:
    let
      line = p: v: "${lib.showOption (path ++ p)} = ${safePretty v};";
      walk =
        p: v:
        let
          forced = builtins.tryEval v;
        in
        if forced.success && builtins.isAttrs v && !lib.isDerivation v then
          lib.concatLists (lib.mapAttrsToList (n: walk (p ++ [ n ])) v)
        else
          [ (line p v) ];
    in
    lib.concatStringsSep "\n" (walk [ ] value);

  value = lib.attrByPath path null env.config;
  found = lib.foldl descend {
    node = env.options;
    anchor = null;
    below = [ ];
  } path;
  node = found.node;
in
if !lib.hasAttrByPath path env.config then
  throw "Couldn't resolve config path '${shown}'"
else if recursive then
  renderRecursive value
else if lib.isOption node then
  renderOption node (definedBy found) value
else
  renderSet node
