# The documentation of a module set's options, in the shape of nixpkgs'
# options.json (what nixosOptionsDoc's optionsJSON and Home Manager's option
# search read): one entry per visible option, keyed by its dotted name, with
# declarations, default, description, example, loc, readOnly, type and
# relatedPackages. `hearth options` evaluates this; it is not part of `lib`.
{
  lib ? import ../.,
}:
{
  # A module, a list of modules, an evaluated configuration (what
  # lib.evalModules returns, `_type = "configuration"`), its option tree, or
  # a set holding one as `options` (Home Manager's result).
  value,
  # The file `value` came from: declarations in modules that are not files
  # themselves are attributed to it, as if it were imported by path.
  file ? null,
  # Keep internal and invisible options too (nixpkgs drops them).
  includeInternal ? false,
}:
let
  inherit (lib) concatMapStrings concatStringsSep optionalString;

  # An evaluated option tree (`config.options`, Home Manager's
  # `.options`) is told from a module by its first leaf: evaluated options
  # carry `loc`, declarations in a module do not.
  isOptionTree =
    v:
    builtins.isAttrs v
    && !(v ? _type && v._type != "option")
    && (
      if v ? _type then
        v ? loc
      else
        let
          names = builtins.attrNames v;
        in
        names != [ ] && isOptionTree v.${builtins.head names}
    );
  kind = builtins.typeOf value;
  options =
    if builtins.isAttrs value && value._type or null == "configuration" then
      value.options
    else if isOptionTree value then
      value
    else if builtins.isAttrs value && !(value ? _type) && value ? options && isOptionTree value.options then
      value.options
    else if builtins.elem kind [ "lambda" "set" "path" "string" "list" ] then
      (lib.evalModules { modules = map locate (lib.toList value); }).options
    else
      throw "hearth options: expected a module, a list of modules, an evaluated configuration (what lib.evalModules returns) or its option tree, but got a value of type `${kind}'";
  locate = m: if file == null then m else lib.setDefaultModuleLocation file m;

  docs = lib.optionAttrSetToDocList options;
  shown = if includeInternal then docs else builtins.filter (o: o.visible && !o.internal) docs;

  # options.json's post-processing fills in a missing description and
  # warns about it and about untyped options; so do we.
  finish =
    o:
    let
      described =
        if o.description != null then
          o
        else
          lib.warn "option ${o.name} has no description" (o // { description = "This option has no description."; });
    in
    lib.warnIf (o.type == "unspecified") "option ${o.name} has no type" described;

  # relatedPackages become a Markdown list of search.nixos.org links, as
  # nixosOptionsDoc renders them: an entry is an attribute name, an
  # attribute path, or { name | path, title ?, comment ? }.
  relatedPackagesMD = concatMapStrings (
    p:
    let
      spec =
        if builtins.isString p then
          { name = p; }
        else if builtins.isList p then
          { path = p; }
        else
          p;
      name = spec.name or (concatStringsSep "." spec.path);
      title = optionalString (spec.title or null != null) "${spec.title} aka ";
      url = "https://search.nixos.org/packages?show=${name}&sort=relevance&query=${name}";
    in
    "- [${title}`pkgs.${name}`](\n    ${url}\n  )"
    + optionalString (spec ? comment) "\n\n  ${spec.comment}"
    + "\n"
  );

  withRelated =
    o:
    if o ? relatedPackages && o.relatedPackages != [ ] then
      o // { relatedPackages = relatedPackagesMD o.relatedPackages; }
    else
      builtins.removeAttrs o [ "relatedPackages" ];

  entries = map (o: withRelated (finish o)) shown;

  json = builtins.listToAttrs (
    map (o: {
      inherit (o) name;
      value = builtins.removeAttrs o [
        "name"
        "visible"
        "internal"
      ];
    }) entries
  );

  # literalExpression and literalMD both carry `text`; anything else is
  # rendered as Nix.
  showValue = v: if v ? _type && v ? text then v.text else lib.generators.toPretty { } v;
  indent = n: builtins.replaceStrings [ "\n" ] [ "\n${lib.strings.replicate n " "}" ];
  field = o: name: optionalString (o ? ${name}) "    ${name}: ${indent 8 (showValue o.${name})}\n";

  text = concatMapStrings (
    o:
    "${o.name}\n"
    + "    type: ${o.type}\n"
    + field o "default"
    + field o "example"
    + optionalString o.readOnly "    read-only\n"
    + optionalString (o.declarations != [ ]) "    declared in: ${concatStringsSep ", " o.declarations}\n"
    + "    ${indent 4 o.description}\n\n"
  ) (lib.sort (a: b: a.name < b.name) entries);
in
{
  inherit json text;
}
