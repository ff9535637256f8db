# Option declarations and the helpers the module system uses to merge and
# report option definitions (nixpkgs `lib.options`).
#
# Error texts here are matched by users' tooling and by nixpkgs' own module
# tests, so their wording and quoting (`x' vs `x`) follow current nixpkgs.
{ lib }:

let
  inherit (builtins)
    all
    catAttrs
    concatLists
    concatStringsSep
    elemAt
    filter
    foldl'
    head
    isAttrs
    isBool
    isFunction
    isInt
    isList
    isString
    length
    map
    match
    tail
    toJSON
    ;

  # `a.b` style path rendering needs Nix-identifier quoting; kept private so
  # this file works before lib.strings exists.
  quoteString = s: builtins.replaceStrings [ "$" ] [ "\\$" ] (toJSON s);
  quoteIdentifier = s: if match "[a-zA-Z_][a-zA-Z0-9_'-]*" s != null then s else quoteString s;

  takeList = n: xs: builtins.genList (elemAt xs) (if n < length xs then n else length xs);

  priorityHint = "Use `lib.mkForce value` or `lib.mkDefault value` to change the priority on any of these definitions.\n";

  attrPathOr =
    path: fallback: set:
    if path == [ ] then
      set
    else if isAttrs set && set ? ${head path} then
      attrPathOr (tail path) fallback set.${head path}
    else
      fallback;
in
rec {
  isOption = lib.types.isType "option";

  # No `...`: a misspelt attribute must be a call error, as in nixpkgs. Only
  # the attributes actually given end up in the declaration, which matters
  # for declaration merging (`opt ? default`).
  mkOption =
    {
      default ? null,
      defaultText ? null,
      example ? null,
      description ? null,
      relatedPackages ? null,
      type ? null,
      apply ? null,
      internal ? null,
      visible ? null,
      readOnly ? null,
    }@attrs:
    attrs // { _type = "option"; };

  mkEnableOption =
    name:
    mkOption {
      default = false;
      example = true;
      description = "Whether to enable ${name}.";
      type = lib.types.bool;
    };

  mkPackageOption =
    pkgs: name:
    {
      nullable ? false,
      default ? name,
      example ? null,
      extraDescription ? "",
      pkgsText ? "pkgs",
    }:
    let
      shownName = if isList name then elemAt name (length name - 1) else name;
      defaultPath = if isList default then default else [ default ];
      defaultText = concatStringsSep "." (map quoteIdentifier defaultPath);
      missing = throw "${defaultText} cannot be found in ${pkgsText}";
      defaults =
        if default != null then
          {
            default = attrPathOr defaultPath missing pkgs;
            defaultText = literalExpression "${pkgsText}.${defaultText}";
          }
        else if nullable then
          { default = null; }
        else
          { };
      exampleAttr =
        if example == null then
          { }
        else
          {
            example = literalExpression (
              if isList example then
                "${pkgsText}.${concatStringsSep "." (map quoteIdentifier example)}"
              else
                example
            );
          };
    in
    mkOption (
      defaults
      // {
        description =
          "The ${shownName} package to use." + (if extraDescription == "" then "" else " ") + extraDescription;
        type = if nullable then lib.types.nullOr lib.types.package else lib.types.package;
      }
      // exampleAttr
    );

  # Accepts any definition but refuses to be read.
  mkSinkUndeclaredOptions =
    attrs:
    mkOption (
      {
        internal = true;
        visible = false;
        default = false;
        description = "Sink for option definitions.";
        type = lib.types.mkOptionType {
          name = "sink";
          check = x: true;
          merge = loc: defs: false;
        };
        apply = x: throw "Option value is not readable because the option is not declared.";
      }
      // attrs
    );

  # Merge used by types that give no merge function (and by `unspecified`).
  mergeDefaultOption =
    loc: defs:
    let
      list = getValues defs;
    in
    if length list == 1 then
      head list
    else if all isFunction list then
      x: mergeDefaultOption loc (map (f: f x) list)
    else if all isList list then
      concatLists list
    else if all isAttrs list then
      foldl' (acc: v: acc // v) { } list
    else if all isBool list then
      foldl' (acc: v: acc || v) false list
    else if all isString list then
      concatStringsSep "" list
    else if all isInt list && all (x: x == head list) list then
      head list
    else
      throw "Cannot merge definitions of `${showOption loc}'. Definition values:${showDefs defs}";

  mergeOneOption = mergeUniqueOption { message = ""; };

  mergeUniqueOption =
    {
      message,
      merge ? loc: defs: (head defs).value,
    }:
    loc: defs:
    if length defs == 1 then
      merge loc defs
    else
      throw "The option `${showOption loc}' is defined multiple times while it's expected to be unique.\n${message}\nDefinition values:${showDefs defs}\n${priorityHint}";

  # Equal duplicates are fine; the first one is returned. A single
  # definition is returned untouched so that functions (never equal to
  # themselves) still work.
  mergeEqualOption =
    loc: defs:
    if defs == [ ] then
      abort "This case should never happen."
    else if length defs == 1 then
      (head defs).value
    else
      (foldl' (
        first: def:
        if def.value != first.value then
          throw "The option `${showOption loc}' has conflicting definition values:${
            showDefs [
              first
              def
            ]
          }\n${priorityHint}"
        else
          first
      ) (head defs) (tail defs)).value;

  getValues = catAttrs "value";
  getFiles = catAttrs "file";

  # Flat list of visible option descriptions, for documentation tooling.
  optionAttrSetToDocList = optionAttrSetToDocList' [ ];
  optionAttrSetToDocList' =
    _: options:
    concatLists (
      map (
        opt:
        let
          visible = opt.visible or true;
          name = showOption opt.loc;
          doc = {
            inherit name;
            inherit (opt) loc;
            description = opt.description or null;
            declarations = filter (x: x != unknownModule) opt.declarations;
            internal = opt.internal or false;
            visible = if isBool visible then visible else visible == "shallow";
            readOnly = opt.readOnly or false;
            type = opt.type.description or "unspecified";
          }
          // (
            if opt ? example then
              {
                example = builtins.addErrorContext "while evaluating the example of option `${name}`" (
                  renderOptionValue opt.example
                );
              }
            else
              { }
          )
          // (
            if opt ? defaultText || opt ? default then
              {
                default = builtins.addErrorContext "while evaluating the ${
                  if opt ? defaultText then "defaultText" else "default value"
                } of option `${name}`" (renderOptionValue (opt.defaultText or opt.default));
              }
            else
              { }
          )
          // (
            if opt ? relatedPackages && opt.relatedPackages != null then
              { inherit (opt) relatedPackages; }
            else
              { }
          );
          subOptions = opt.type.getSubOptions opt.loc;
          subVisible = if isBool visible then visible else visible == "transparent";
        in
        [ doc ] ++ (if subVisible && subOptions != { } then optionAttrSetToDocList subOptions else [ ])
      ) (collectOptions options)
    );

  collectOptions =
    tree:
    if isOption tree then
      [ tree ]
    else
      concatLists (map (n: collectOptions tree.${n}) (builtins.attrNames tree));

  scrubOptionValue =
    x:
    if lib.isDerivation x then
      {
        type = "derivation";
        drvPath = x.name;
        outPath = x.name;
        name = x.name;
      }
    else if isList x then
      map scrubOptionValue x
    else if isAttrs x then
      builtins.mapAttrs (n: v: scrubOptionValue v) (removeAttrs x [ "_args" ])
    else
      x;

  renderOptionValue =
    v:
    if v ? _type && v ? text then
      v
    else
      literalExpression (
        lib.generators.toPretty {
          multiline = true;
          allowPrettyValues = true;
        } v
      );

  literalExpression =
    text:
    if !isString text then
      throw "literalExpression expects a string."
    else
      {
        _type = "literalExpression";
        inherit text;
      };

  literalMD =
    text:
    if !isString text then
      throw "literalMD expects a string."
    else
      {
        _type = "literalMD";
        inherit text;
      };

  literalCode = languageTag: text: literalMD "```${languageTag}\n${text}\n```\n";

  # Deprecated names, kept working with a warning.
  literalExample = lib.trivial.warn "lib.literalExample is deprecated, use lib.literalExpression instead, or use lib.literalMD for a non-Nix description." literalExpression;
  mkPackageOptionMD = lib.trivial.warn "mkPackageOptionMD is deprecated and will be removed in 25.05; please use mkPackageOption." mkPackageOption;

  # `*` and `<placeholder>` parts are documentation wildcards, not names,
  # so they are never quoted.
  showOption =
    parts:
    concatStringsSep "." (
      map (part: if part == "*" || match "<(.*)>" part != null then part else quoteIdentifier part) parts
    );

  showFiles = files: concatStringsSep " and " (map (f: "`${f}'") files);

  # Each definition as "\n- In `FILE'" plus its value when it can be
  # rendered: inline if one line, else indented, cut after five lines. A
  # value that throws is shown without a value rather than masking the
  # error being reported.
  showDefs =
    defs:
    concatStringsSep "" (
      map (
        def:
        let
          rendered = builtins.tryEval (
            lib.generators.toPretty { } (
              lib.generators.withRecursion {
                depthLimit = 10;
                throwOnDepthLimit = false;
              } def.value
            )
          );
          lines = filter (v: !isList v) (builtins.split "\n" rendered.value);
          shown = concatStringsSep "\n    " (takeList 5 lines ++ (if length lines > 5 then [ "..." ] else [ ]));
          suffix =
            if !rendered.success then
              ""
            else if length lines > 1 then
              ":\n    " + shown
            else
              ": " + shown;
        in
        "\n- In `${def.file}'${suffix}"
      ) defs
    );

  showOptionWithDefLocs = opt: ''
    ${showOption opt.loc}, with values defined in:
    ${concatStringsSep "\n" (map (f: "  - ${f}") opt.files)}
  '';

  unknownModule = "<unknown-file>";
}
