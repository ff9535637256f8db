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
  # the same for every name.
  descend =
    node: name:
    if lib.isOption node then
      let
        subs = (node.type.getSubOptions or (_: { })) [ ];
      in
      if subs == { } then
        throw "Trying to access '${name}' inside ${node.type.name} option while traversing option path '${shown}'"
      else
        subs.${name} or subs
    else
      node.${name} or (throw "Couldn't resolve config path '${shown}'");

  section = heading: text: "${heading}:\n${indent text}";
  textOf = d: if builtins.isAttrs d then d.text or "" else d;

  renderOption =
    opt: value:
    lib.concatStringsSep "\n\n" (
      [ (section "Value" (safePretty value)) ]
      ++ lib.optional (opt ? default) (section "Default" (safePretty opt.default))
      ++ lib.optional (opt ? type) (section "Type" opt.type.description)
      ++ lib.optional (opt ? description && opt.description != null) (
        section "Description" (lib.removeSuffix "\n" (textOf opt.description))
      )
      ++ lib.optional (opt ? example) (section "Example" (safePretty opt.example))
      ++ lib.optional (opt ? declarations) (
        section "Declared by" (lib.concatStringsSep "\n" (map toString opt.declarations))
      )
      ++ lib.optional (opt ? files) (
        section "Defined by" (lib.concatStringsSep "\n" (map toString opt.files))
      )
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
  node = lib.foldl descend env.options path;
in
if !lib.hasAttrByPath path env.config then
  throw "Couldn't resolve config path '${shown}'"
else if recursive then
  renderRecursive value
else if lib.isOption node then
  renderOption node value
else
  renderSet node
