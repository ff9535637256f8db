# Option types: the `check`/`merge` pairs the module system applies to an
# option's definitions, plus how types themselves merge when one option is
# declared several times (`typeMerge` driven by `functor`).
#
# Compound types (listOf, attrsWith, submoduleWith, either, coercedTo and
# addCheck over those) speak the "v2" merge protocol of current nixpkgs:
# `merge.v2 { loc, defs }` returns `{ headError, value, valueMeta }` so the
# module system can report a type error of the outer value ("... TypeError:
# ...") while inner values stay lazy. Their `check` carries
# `isV2MergeCoherent` so an ad-hoc `t // { check = ...; }` is detected.
{ lib }:

let
  inherit (builtins)
    all
    attrNames
    concatLists
    concatStringsSep
    elem
    elemAt
    filter
    foldl'
    functionArgs
    genList
    head
    isAttrs
    isBool
    isFloat
    isFunction
    isInt
    isList
    isPath
    isString
    length
    mapAttrs
    match
    substring
    tail
    toJSON
    zipAttrsWith
    ;

  inherit (lib.options)
    getFiles
    getValues
    mergeDefaultOption
    mergeEqualOption
    mergeOneOption
    mergeUniqueOption
    showDefs
    showFiles
    showOption
    ;

  last = xs: elemAt xs (length xs - 1);
  filterAttrs = pred: set: removeAttrs set (filter (n: !pred n set.${n}) (attrNames set));
  toList = x: if isList x then x else [ x ];
  uniqueList = foldl' (acc: x: if elem x acc then acc else acc ++ [ x ]) [ ];
  quoteString = s: builtins.replaceStrings [ "$" ] [ "\\$" ] (toJSON s);
  quoteIdentifier = s: if match "[a-zA-Z_][a-zA-Z0-9_'-]*" s != null then s else quoteString s;

  isStringLike = x: isString x || isPath x || (isAttrs x && (x ? outPath || x ? __toString));

  # A store path prefix: "<storeDir>/<something>".
  hasStorePathPrefix =
    s:
    let
      dir = builtins.storeDir + "/";
      n = builtins.stringLength dir;
    in
    substring 0 n s == dir && builtins.stringLength s > n;

  # Both halves of the v2 protocol share one closure per type, so `check`
  # and `merge` agree by construction.
  v2Check = f: {
    __functor = _self: f;
    isV2MergeCoherent = true;
  };
  v2Merge = v2: {
    __functor =
      self: loc: defs:
      (self.v2 { inherit loc defs; }).value;
    inherit v2;
  };

  # null when every definition passes `check`, else the error record the
  # module system turns into "... TypeError: Definition values: ...".
  headErrorOf =
    check: defs:
    let
      bad = filter (def: !check def.value) defs;
    in
    if bad == [ ] then null else { message = "Definition values: ${showDefs bad}"; };

  coherentV2 =
    loc: type: result:
    if type.check.isV2MergeCoherent or false then
      result
    else
      throw ''
        The option `${showOption loc}' has a type `${type.description}' that uses
        an ad-hoc `type // { check = ...; }' override, which is incompatible with
        the v2 merge mechanism.

        Please use `lib.types.addCheck` instead of `type // { check }' to add
        custom validation. For example:

          lib.types.addCheck baseType (value: /* your check */)

        instead of:

          baseType // { check = value: /* your check */; }
      '';

  # Run any type's merge in v2 shape, whichever protocol it speaks.
  mergeAsV2 =
    type: loc: defs:
    if type.merge ? v2 then
      coherentV2 loc type (type.merge.v2 { inherit loc defs; })
    else
      {
        headError = headErrorOf type.check defs;
        value = type.merge loc defs;
        valueMeta = { };
      };

  # Functor for types parameterised by a single element type; merging two
  # such types merges their element types.
  elemFunctor = name: payload: {
    inherit name payload;
    type = p: types.${name} p.elemType;
    wrapped = null;
    binOp =
      a: b:
      let
        merged = a.elemType.typeMerge b.elemType.functor;
      in
      if merged == null then null else { elemType = merged; };
  };

  mergeDefinitions = loc: type: defs: lib.modules.mergeDefinitions loc type defs;

  types = lib.types;
in
rec {
  isType = type: x: (x._type or "") == type;

  setType = typeName: value: value // { _type = typeName; };

  # Two types merge when their functors have the same name and their
  # payloads (or, for old-style types, wrapped types) merge.
  defaultTypeMerge =
    f: f':
    if f.name != f'.name then
      null
    else if f.payload != null then
      let
        merged = f.binOp f.payload f'.payload;
      in
      if merged == null then null else f.type merged
    else if f.wrapped or null != null then
      let
        merged = f.wrapped.typeMerge f'.wrapped.functor;
      in
      if merged == null then null else f.type merged
    else
      f.type;

  defaultFunctor = name: {
    inherit name;
    type = lib.types.${name} or null;
    wrapped = null;
    payload = null;
    binOp = a: b: null;
  };

  isOptionType = isType "option-type";

  mkOptionType =
    {
      name,
      description ? null,
      descriptionClass ? null,
      check ? (x: true),
      merge ? mergeDefaultOption,
      emptyValue ? { },
      getSubOptions ? prefix: { },
      getSubModules ? null,
      substSubModules ? m: null,
      typeMerge ? defaultTypeMerge functor,
      functor ? defaultFunctor name,
      deprecationMessage ? null,
      nestedTypes ? { },
    }:
    {
      _type = "option-type";
      inherit
        name
        check
        merge
        emptyValue
        getSubOptions
        getSubModules
        substSubModules
        typeMerge
        functor
        deprecationMessage
        nestedTypes
        descriptionClass
        ;
      description = if description == null then name else description;
    };

  # A nested type's description, parenthesised unless its class reads
  # unambiguously inside the caller's phrase.
  optionDescriptionPhrase =
    unparenthesize: t:
    if unparenthesize (t.descriptionClass or null) then t.description else "(${t.description})";

  noCheckForDocsModule = {
    _file = "<built-in module that disables checks for the purpose of documentation generation>";
    config._module.check = lib.modules.mkForce false;
  };

  raw = mkOptionType {
    name = "raw";
    description = "raw value";
    descriptionClass = "noun";
    check = value: true;
    merge = mergeOneOption;
  };

  anything = mkOptionType {
    name = "anything";
    description = "anything";
    descriptionClass = "noun";
    check = value: true;
    merge =
      loc: defs:
      let
        kindOf = v: if isAttrs v && isStringLike v then "stringCoercibleSet" else builtins.typeOf v;
        kind = kindOf (head defs).value;
        sameKind = all (def: kindOf def.value == kind) defs;
      in
      if !sameKind then
        throw "The option `${showOption loc}' has conflicting option types in ${showFiles (getFiles defs)}"
      else if kind == "set" then
        (attrsOf anything).merge loc defs
      else if kind == "stringCoercibleSet" then
        mergeOneOption loc defs
      else if kind == "lambda" then
        arg:
        anything.merge (loc ++ [ "<function body>" ]) (
          map (def: {
            inherit (def) file;
            value = def.value arg;
          }) defs
        )
      else
        mergeEqualOption loc defs;
  };

  unspecified = mkOptionType {
    name = "unspecified";
    description = "unspecified value";
    descriptionClass = "noun";
  };

  bool = mkOptionType {
    name = "bool";
    description = "boolean";
    descriptionClass = "noun";
    check = isBool;
    merge = mergeEqualOption;
  };

  boolByOr = mkOptionType {
    name = "boolByOr";
    description = "boolean (merged using or)";
    descriptionClass = "noun";
    check = isBool;
    merge = loc: defs: foldl' (acc: def: acc || def.value) false defs;
  };

  int = mkOptionType {
    name = "int";
    description = "signed integer";
    descriptionClass = "noun";
    check = isInt;
    merge = mergeEqualOption;
  };

  ints =
    let
      rangeText = lo: hi: "${toString lo} and ${toString hi} (both inclusive)";
      between =
        lo: hi:
        if lo > hi then
          throw "ints.between: lowest must be smaller than highest"
        else
          addCheck int (x: x >= lo && x <= hi)
          // {
            name = "intBetween";
            description = "integer between ${rangeText lo hi}";
          };
      sized =
        lo: hi: name: what:
        between lo hi
        // {
          inherit name;
          description = "${what}; between ${rangeText lo hi}";
        };
      unsignedBits = bits: range: sized 0 (range - 1) "unsignedInt${toString bits}" "${toString bits} bit unsigned integer";
      signedBits =
        bits: range:
        sized (0 - range / 2) (range / 2 - 1) "signedInt${toString bits}" "${toString bits} bit signed integer";
    in
    {
      inherit between;
      unsigned = addCheck int (x: x >= 0) // {
        name = "unsignedInt";
        description = "unsigned integer, meaning >=0";
        descriptionClass = "nonRestrictiveClause";
      };
      positive = addCheck int (x: x > 0) // {
        name = "positiveInt";
        description = "positive integer, meaning >0";
        descriptionClass = "nonRestrictiveClause";
      };
      u8 = unsignedBits 8 256;
      u16 = unsignedBits 16 65536;
      u32 = unsignedBits 32 4294967296;
      s8 = signedBits 8 256;
      s16 = signedBits 16 65536;
      s32 = signedBits 32 4294967296;
    };

  port = ints.u16;

  float = mkOptionType {
    name = "float";
    description = "floating point number";
    descriptionClass = "noun";
    check = isFloat;
    merge = mergeEqualOption;
  };

  number = either int float;

  numbers =
    let
      rangeText = lo: hi: "${toJSON lo} and ${toJSON hi} (both inclusive)";
    in
    {
      between =
        lo: hi:
        if lo > hi then
          throw "numbers.between: lowest must be smaller than highest"
        else
          addCheck number (x: x >= lo && x <= hi)
          // {
            name = "numberBetween";
            description = "integer or floating point number between ${rangeText lo hi}";
          };
      nonnegative = addCheck number (x: x >= 0) // {
        name = "numberNonnegative";
        description = "nonnegative integer or floating point number, meaning >=0";
        descriptionClass = "nonRestrictiveClause";
      };
      positive = addCheck number (x: x > 0) // {
        name = "numberPositive";
        description = "positive integer or floating point number, meaning >0";
        descriptionClass = "nonRestrictiveClause";
      };
    };

  str = mkOptionType {
    name = "str";
    description = "string";
    descriptionClass = "noun";
    check = isString;
    merge = mergeEqualOption;
  };

  nonEmptyStr = mkOptionType {
    name = "nonEmptyStr";
    description = "non-empty string";
    descriptionClass = "noun";
    check = x: isString x && match "[ \t\n]*" x == null;
    merge = mergeEqualOption;
  };

  # One optional trailing newline is accepted and dropped.
  singleLineStr = mkOptionType {
    name = "singleLineStr";
    description = "(optionally newline-terminated) single-line string";
    descriptionClass = "noun";
    check = x: isString x && match "[^\n\r]*\n?" x != null;
    merge =
      loc: defs:
      let
        s = mergeEqualOption loc defs;
        n = builtins.stringLength s;
      in
      if n > 0 && substring (n - 1) 1 s == "\n" then substring 0 (n - 1) s else s;
  };

  strMatching =
    pattern:
    mkOptionType {
      name = "strMatching ${quoteString pattern}";
      description = "string matching the pattern ${pattern}";
      descriptionClass = "noun";
      check = x: isString x && match pattern x != null;
      merge = mergeEqualOption;
      functor = defaultFunctor "strMatching" // {
        type = payload: strMatching payload.pattern;
        payload = { inherit pattern; };
        binOp = lhs: rhs: if lhs == rhs then lhs else null;
      };
    };

  separatedString =
    sep:
    mkOptionType {
      name = "separatedString";
      description = "strings concatenated with ${toJSON sep}";
      descriptionClass = "noun";
      check = isString;
      merge = loc: defs: concatStringsSep sep (getValues defs);
      functor = defaultFunctor "separatedString" // {
        payload = { inherit sep; };
        type = payload: types.separatedString payload.sep;
        binOp = lhs: rhs: if lhs.sep == rhs.sep then { inherit (lhs) sep; } else null;
      };
    };

  lines = separatedString "\n";
  commas = separatedString ",";
  envVar = separatedString ":";

  passwdEntry =
    entryType:
    addCheck entryType (s: match ".*[:\n].*" s == null)
    // {
      name = "passwdEntry ${entryType.name}";
      description = "${optionDescriptionPhrase (c: c == "noun") entryType}, not containing newlines or colons";
      descriptionClass = "nonRestrictiveClause";
    };

  attrs = mkOptionType {
    name = "attrs";
    description = "attribute set";
    check = isAttrs;
    merge = loc: defs: foldl' (acc: def: acc // def.value) { } defs;
    emptyValue.value = { };
  };

  fileset = mkOptionType {
    name = "fileset";
    description = "fileset";
    descriptionClass = "noun";
    check = x: lib.fileset.isFileset x;
    merge = loc: defs: lib.fileset.unions (getValues defs);
    emptyValue.value = lib.fileset.empty;
  };

  # A top-level store path: a derivation or a store path string/path. Plain
  # paths and context-free strings become derivation-like values.
  package = mkOptionType {
    name = "package";
    descriptionClass = "noun";
    check = x: lib.isDerivation x || lib.isStorePath x;
    merge =
      loc: defs:
      let
        res = mergeOneOption loc defs;
      in
      if isPath res || (isString res && !builtins.hasContext res) then lib.toDerivation res else res;
  };

  shellPackage = package // {
    check = x: lib.isDerivation x && x ? shellPath;
  };

  pkgs = addCheck (
    unique { message = "A Nixpkgs pkgs set can not be merged with another pkgs set."; } attrs
    // {
      name = "pkgs";
      descriptionClass = "noun";
      description = "Nixpkgs package set";
    }
  ) (x: (x._type or null) == "pkgs");

  path = pathWith { absolute = true; };
  pathInStore = pathWith { inStore = true; };
  externalPath = pathWith {
    absolute = true;
    inStore = false;
  };

  pathWith =
    {
      inStore ? null,
      absolute ? null,
    }:
    if inStore != null && absolute != null && inStore && !absolute then
      throw "In pathWith, inStore means the path must be absolute"
    else
      mkOptionType {
        name = "path";
        description =
          (
            if absolute == null then
              ""
            else if absolute then
              "absolute "
            else
              "relative "
          )
          + "path"
          + (
            if inStore == null then
              ""
            else if inStore then
              " in the Nix store"
            else
              " not in the Nix store"
          );
        descriptionClass = "noun";
        merge = mergeEqualOption;
        functor = defaultFunctor "path" // {
          type = pathWith;
          payload = { inherit inStore absolute; };
          binOp = lhs: rhs: if lhs == rhs then lhs else null;
        };
        check =
          x:
          let
            # A true path value is refused when it must stay outside the
            # store: using it would copy it in.
            kindOk = if inStore == null || inStore then isStringLike x else isString x;
            s = toString x;
          in
          kindOk
          && (inStore == null || inStore == hasStorePathPrefix (builtins.unsafeDiscardStringContext s))
          && (absolute == null || absolute == (substring 0 1 s == "/"));
      };

  listOf =
    elemType:
    let
      check = v2Check isList;
    in
    mkOptionType {
      name = "listOf";
      description = "list of ${optionDescriptionPhrase (c: c == "noun" || c == "composite") elemType}";
      descriptionClass = "composite";
      inherit check;
      # Every element is merged alone, at its own location, so mkIf false
      # elements vanish and priorities never cross elements.
      merge = v2Merge (
        { loc, defs }:
        let
          perElement = concatLists (
            genList (
              n:
              let
                def = elemAt defs n;
              in
              genList (
                m:
                mergeDefinitions (loc ++ [ "[definition ${toString (n + 1)}-entry ${toString (m + 1)}]" ]) elemType [
                  {
                    inherit (def) file;
                    value = elemAt def.value m;
                  }
                ]
              ) (length def.value)
            ) (length defs)
          );
          kept = filter (r: r.optionalValue ? value) perElement;
        in
        {
          headError = headErrorOf check defs;
          value = map (r: r.optionalValue.value) kept;
          valueMeta.list = map (r: r.checkedAndMerged.valueMeta) kept;
        }
      );
      emptyValue.value = [ ];
      getSubOptions = prefix: elemType.getSubOptions (prefix ++ [ "*" ]);
      getSubModules = elemType.getSubModules;
      substSubModules = m: listOf (elemType.substSubModules m);
      functor = elemFunctor "listOf" { inherit elemType; };
      nestedTypes.elemType = elemType;
    };

  nonEmptyListOf =
    elemType:
    let
      list = addCheck (listOf elemType) (l: l != [ ]);
    in
    list
    // {
      description = "non-empty ${optionDescriptionPhrase (c: c == "noun") list}";
      emptyValue = { };
      substSubModules = m: nonEmptyListOf (elemType.substSubModules m);
    };

  attrsOf = elemType: attrsWith { inherit elemType; };

  # Names stay even if their definitions vanish (mkIf false), in exchange
  # for values that are not forced to learn the set of names.
  lazyAttrsOf =
    elemType:
    attrsWith {
      inherit elemType;
      lazy = true;
    };

  attrsWith =
    {
      elemType,
      lazy ? false,
      placeholder ? "name",
    }:
    let
      check = v2Check isAttrs;
      name = if lazy then "lazyAttrsOf" else "attrsOf";
      perAttribute =
        loc: defs:
        zipAttrsWith (n: defs: mergeDefinitions (loc ++ [ n ]) elemType defs) (
          map (
            def:
            mapAttrs (n: v: {
              inherit (def) file;
              value = v;
            }) def.value
          ) defs
        );
    in
    mkOptionType {
      inherit name check;
      description =
        (if lazy then "lazy attribute set" else "attribute set")
        + " of ${optionDescriptionPhrase (c: c == "noun" || c == "composite") elemType}";
      descriptionClass = "composite";
      merge = v2Merge (
        { loc, defs }:
        let
          all' = perAttribute loc defs;
          evals =
            if lazy then all' else filterAttrs (n: r: r.optionalValue ? value) all';
        in
        {
          headError = headErrorOf check defs;
          value = mapAttrs (
            n: r:
            if lazy then r.optionalValue.value or elemType.emptyValue.value or r.mergedValue else r.optionalValue.value
          ) evals;
          valueMeta.attrs = mapAttrs (n: r: r.checkedAndMerged.valueMeta) evals;
        }
      );
      emptyValue.value = { };
      getSubOptions = prefix: elemType.getSubOptions (prefix ++ [ "<${placeholder}>" ]);
      getSubModules = elemType.getSubModules;
      substSubModules =
        m:
        attrsWith {
          elemType = elemType.substSubModules m;
          inherit lazy placeholder;
        };
      functor = elemFunctor "attrsWith" { inherit elemType lazy placeholder; } // {
        type = types.attrsWith;
        binOp =
          a: b:
          let
            elemType = a.elemType.typeMerge b.elemType.functor;
            lazy = if a.lazy == b.lazy then a.lazy else null;
            # "name" is the default placeholder, so any explicit one wins.
            placeholder =
              if a.placeholder == b.placeholder then
                a.placeholder
              else if a.placeholder == "name" then
                b.placeholder
              else if b.placeholder == "name" then
                a.placeholder
              else
                null;
          in
          if elemType == null || lazy == null || placeholder == null then
            null
          else
            { inherit elemType lazy placeholder; };
      };
      nestedTypes.elemType = elemType;
    };

  # An ordered list of one-attribute sets, `[ { a = 1; } { b = 2; } ]`.
  # A definition is either such a list (an element may be wrapped in
  # mkOrder) or an attribute set, each attribute one item. All items are
  # concatenated and stably sorted by mkOrder priority (mkBefore/mkAfter on
  # the element or on its value). Per name, only the items at the name's
  # best mkOverride priority survive, where the baseline is the plain
  # definition's 100. Declaring the option twice never merges the types.
  attrListOf = elemType: attrListWith { inherit elemType; };

  # asAttrs: the value is the items zipped into one set, values of a name
  # combined by mergeAttrValues (in list order); valueMeta.attrListValue
  # keeps the list.
  attrListWith =
    {
      elemType,
      asAttrs ? false,
      mergeAttrValues ? name: values: values,
    }:
    let
      check = v2Check (x: isList x || isAttrs x);
      description = "attribute list of ${optionDescriptionPhrase (c: c == "noun" || c == "composite") elemType}";
      orderPrio = lib.modules.defaultOrderPriority;
      overridePrio = lib.modules.defaultOverridePriority;

      # One item's value with its mkOrder removed (it only sorts) and its
      # mkOverride kept for the element's own merge, in either nesting.
      unwrap =
        v:
        let
          t = v._type or null;
        in
        if t == "order" then
          unwrap v.content // { prio = v.priority; }
        else if t == "override" then
          let
            inner = unwrap v.content;
          in
          inner
          // {
            overridePrio = v.priority;
            value = lib.modules.mkOverride v.priority inner.value;
          }
        else
          {
            value = v;
            prio = orderPrio;
            inherit overridePrio;
          };

      # A definition's items: { key, file, value, prio, overridePrio }.
      itemsOf =
        loc: def:
        if isList def.value then
          map (
            raw:
            let
              ordered = isType "order" raw;
              item = if ordered then raw.content else raw;
              names = attrNames item;
              found = unwrap item.${head names};
            in
            if isAttrs item && length names == 1 then
              found
              // {
                inherit (def) file;
                key = head names;
                prio = if ordered then raw.priority else found.prio;
              }
            else
              throw "A definition for option `${showOption loc}' is not of type `${description}'. ${
                if !isAttrs item then
                  "Each list element must be an attribute set, but got ${builtins.typeOf item}"
                else
                  "Each list element must be a single-key attribute set, but got ${toString (length names)} keys"
              }.${
                showDefs [
                  {
                    inherit (def) file;
                    value = raw;
                  }
                ]
              }"
          ) def.value
        else
          map (
            key:
            unwrap def.value.${key}
            // {
              inherit (def) file;
              inherit key;
            }
          ) (attrNames def.value);
    in
    mkOptionType {
      name = "attrListOf";
      inherit description check;
      descriptionClass = "composite";
      merge = v2Merge (
        { loc, defs }:
        let
          items = builtins.concatMap (itemsOf loc) defs;
          # Per name, the lowest override priority, if below the baseline.
          best = foldl' (
            acc: it: if it.overridePrio < acc.${it.key} or overridePrio then acc // { ${it.key} = it.overridePrio; } else acc
          ) { } items;
          kept = builtins.sort (a: b: a.prio < b.prio) (
            filter (it: it.overridePrio == best.${it.key} or overridePrio) items
          );
          evals = filter (e: e.eval.optionalValue ? value) (
            map (it: {
              inherit (it) key file prio;
              eval = mergeDefinitions (loc ++ [ it.key ]) elemType [
                {
                  inherit (it) file value;
                }
              ];
            }) kept
          );
          listValue = map (e: { ${e.key} = e.eval.optionalValue.value; }) evals;
        in
        {
          headError = headErrorOf check defs;
          value = if asAttrs then zipAttrsWith mergeAttrValues listValue else listValue;
          valueMeta = {
            attrList = map (e: e.eval.checkedAndMerged.valueMeta) evals;
            attrListValue = listValue;
            definitions = map (
              e:
              lib.modules.mkDefinition {
                inherit (e) file;
                value = lib.modules.mkOrder e.prio { ${e.key} = e.eval.optionalValue.value; };
              }
            ) evals;
          };
        }
      );
      emptyValue.value = if asAttrs then { } else [ ];
      getSubOptions = prefix: elemType.getSubOptions (prefix ++ [ "*" ]);
      getSubModules = elemType.getSubModules;
      substSubModules =
        m:
        attrListWith {
          inherit asAttrs mergeAttrValues;
          elemType = elemType.substSubModules m;
        };
      typeMerge = t: null;
      nestedTypes.elemType = elemType;
    };

  # One attribute naming the chosen tag, whose value has that tag's option type.
  attrTag =
    tags:
    let
      checkedTags = mapAttrs (
        n: opt:
        if opt._type or null != "option" then
          throw "In attrTag, each tag value must be an option, but tag ${quoteIdentifier n} ${
            if opt ? _type then
              if opt._type == "option-type" then
                "was a bare type, not wrapped in mkOption."
              else
                "was of type ${quoteString opt._type}."
            else
              "was not."
          }"
        else
          opt
          // {
            declarations = opt.declarations or [ ];
            declarationPositions = opt.declarationPositions or [ ];
          }
      ) tags;
      choices = concatStringsSep ", " (map quoteIdentifier (attrNames tags));
    in
    mkOptionType {
      name = "attrTag";
      description = "attribute-tagged union with choices: ${choices}";
      descriptionClass = "noun";
      getSubOptions = prefix: mapAttrs (n: opt: opt // { loc = prefix ++ [ n ]; }) checkedTags;
      check = v: isAttrs v && length (attrNames v) == 1 && tags ? ${head (attrNames v)};
      merge =
        loc: defs:
        let
          choice = head (attrNames (head defs).value);
          valueDefs = map (
            def:
            let
              c = head (attrNames def.value);
            in
            if c != choice then
              throw "The option `${showOption loc}` is defined both as `${choice}` and `${c}`, in ${showFiles (getFiles defs)}."
            else
              {
                inherit (def) file;
                value = def.value.${choice};
              }
          ) defs;
        in
        {
          ${choice} = (lib.modules.evalOptionValue (loc ++ [ choice ]) checkedTags.${choice} valueDefs).value;
        };
      nestedTypes = checkedTags;
      functor = defaultFunctor "attrTag" // {
        type = { tags, ... }: types.attrTag tags;
        payload = { tags = checkedTags; };
        binOp = a: b: { tags = a.tags // b.tags; };
      };
    };

  luaInline = mkOptionType {
    name = "luaInline";
    description = "inline lua";
    descriptionClass = "noun";
    check = x: x._type or null == "lua-inline";
    merge = mergeEqualOption;
  };

  uniq = unique { message = ""; };

  unique =
    { message }:
    type:
    mkOptionType {
      name = "unique";
      inherit (type) description descriptionClass check;
      merge = mergeUniqueOption {
        inherit message;
        inherit (type) merge;
      };
      emptyValue = type.emptyValue;
      getSubOptions = type.getSubOptions;
      getSubModules = type.getSubModules;
      substSubModules = m: uniq (type.substSubModules m);
      functor = elemFunctor "unique" { elemType = type; } // {
        type = payload: types.unique { inherit message; } payload.elemType;
      };
      nestedTypes.elemType = type;
    };

  nullOr =
    elemType:
    mkOptionType {
      name = "nullOr";
      description = "null or ${optionDescriptionPhrase (c: c == "noun" || c == "conjunction") elemType}";
      descriptionClass = "conjunction";
      check = x: x == null || elemType.check x;
      merge =
        loc: defs:
        let
          nulls = filter (def: def.value == null) defs;
        in
        if nulls == [ ] then
          elemType.merge loc defs
        else if length nulls == length defs then
          null
        else
          throw "The option `${showOption loc}` is defined both null and not null, in ${showFiles (getFiles defs)}.";
      emptyValue.value = null;
      getSubOptions = elemType.getSubOptions;
      getSubModules = elemType.getSubModules;
      substSubModules = m: nullOr (elemType.substSubModules m);
      functor = elemFunctor "nullOr" { inherit elemType; };
      nestedTypes.elemType = elemType;
    };

  # The merged value is itself callable: each call applies every
  # definition and merges the results as `elemType`.
  functionTo =
    elemType:
    mkOptionType {
      name = "functionTo";
      description = "function that evaluates to a(n) ${
        optionDescriptionPhrase (c: c == "noun" || c == "composite") elemType
      }";
      descriptionClass = "composite";
      check = isFunction;
      merge = loc: defs: {
        __functionArgs = zipAttrsWith (_: all (x: x)) (map (def: functionArgs def.value) defs);
        __functor =
          _: callerArgs:
          (mergeDefinitions (loc ++ [ "<function body>" ]) elemType (
            map (def: {
              inherit (def) file;
              value = def.value callerArgs;
            }) defs
          )).mergedValue;
      };
      getSubOptions = prefix: elemType.getSubOptions (prefix ++ [ "<function body>" ]);
      getSubModules = elemType.getSubModules;
      substSubModules = m: functionTo (elemType.substSubModules m);
      functor = elemFunctor "functionTo" { inherit elemType; };
      nestedTypes.elemType = elemType;
    };

  submodule =
    modules:
    submoduleWith {
      shorthandOnlyDefinesConfig = true;
      modules = toList modules;
    };

  deferredModule = deferredModuleWith { };

  deferredModuleWith =
    attrs@{
      staticModules ? [ ],
    }:
    mkOptionType {
      name = "deferredModule";
      description = "module";
      descriptionClass = "noun";
      check = x: isAttrs x || isFunction x || path.check x;
      merge = loc: defs: {
        imports =
          staticModules
          ++ map (
            def: lib.modules.setDefaultModuleLocation "${def.file}, via option ${showOption loc}" def.value
          ) defs;
      };
      inherit (submoduleWith { modules = staticModules; }) getSubOptions getSubModules;
      substSubModules = m: deferredModuleWith (attrs // { staticModules = m; });
      functor = defaultFunctor "deferredModuleWith" // {
        type = types.deferredModuleWith;
        payload = { inherit staticModules; };
        binOp = lhs: rhs: { staticModules = lhs.staticModules ++ rhs.staticModules; };
      };
    };

  optionDeclaration = mkOptionType {
    name = "optionDeclaration";
    description = "option declaration";
    descriptionClass = "noun";
    check = opt: isType "option" opt && !(opt ? value);
  };

  # Several definitions of a type merge the way several declarations of
  # an option with those types would.
  optionType = mkOptionType {
    name = "optionType";
    description = "optionType";
    descriptionClass = "noun";
    check = isType "option-type";
    merge =
      loc: defs:
      if length defs == 1 then
        (head defs).value
      else
        (lib.modules.fixupOptionType loc (
          lib.modules.mergeOptionDecls loc (
            map (def: {
              _file = def.file;
              pos = null;
              options = lib.options.mkOption { type = def.value; };
            }) defs
          )
        )).type;
  };

  submoduleWith =
    {
      modules,
      specialArgs ? { },
      shorthandOnlyDefinesConfig ? false,
      description ? null,
      class ? null,
    }@attrs:
    let
      # A definition becomes a module of its own; with the shorthand flag a
      # plain attrset is pure config (so `config`/`options` are ordinary
      # option names there).
      definitionModules = map (
        { value, file }:
        if isAttrs value && shorthandOnlyDefinesConfig then
          {
            _file = file;
            config = value;
          }
        else
          {
            _file = file;
            imports = [ value ];
          }
      );

      # The evaluation every definition extends; `name` has a placeholder
      # default for docs and for emptyValue.
      base = lib.modules.evalModules {
        inherit class specialArgs;
        modules = [ { _module.args.name = lib.modules.mkOptionDefault "‹name›"; } ] ++ modules;
      };

      freeformType = base._module.freeformType;
      check = v2Check (x: isAttrs x || isFunction x || path.check x);
    in
    mkOptionType {
      name = "submodule";
      description =
        if description != null then
          description
        else
          let
            docsEval = base.extendModules { modules = [ noCheckForDocsModule ]; };
          in
          if docsEval._module.freeformType ? description then
            "open submodule of ${
              optionDescriptionPhrase (c: c == "noun" || c == "composite") docsEval._module.freeformType
            }"
          else
            "submodule";
      inherit check;
      merge = v2Merge (
        { loc, defs }:
        let
          configuration = base.extendModules {
            modules = [ { _module.args.name = last loc; } ] ++ definitionModules defs;
            prefix = loc;
          };
        in
        {
          headError = headErrorOf check defs;
          value = configuration.config;
          valueMeta = { inherit configuration; };
        }
      );
      emptyValue.value = base.config;
      getSubOptions =
        prefix:
        let
          docsEval = base.extendModules {
            inherit prefix;
            modules = [ noCheckForDocsModule ];
          };
          ff = docsEval._module.freeformType;
        in
        docsEval.options // (if ff != null then { _freeformOptions = ff.getSubOptions prefix; } else { });
      getSubModules = modules;
      substSubModules = m: submoduleWith (attrs // { modules = m; });
      nestedTypes = if freeformType != null then { inherit freeformType; } else { };
      functor = defaultFunctor "submodule" // {
        type = types.submoduleWith;
        payload = {
          inherit
            modules
            class
            specialArgs
            shorthandOnlyDefinesConfig
            description
            ;
        };
        binOp =
          lhs: rhs:
          let
            # null means "not specified here": the other side decides.
            agree =
              what: a: b:
              if a == null then
                b
              else if b == null then
                a
              else if a == b then
                a
              else
                throw what;
            shared = builtins.intersectAttrs lhs.specialArgs rhs.specialArgs;
          in
          {
            class =
              agree "A submoduleWith option is declared multiple times with conflicting class values \"${toString lhs.class}\" and \"${toString rhs.class}\"."
                (lhs.class or null)
                (rhs.class or null);
            modules = lhs.modules ++ rhs.modules;
            specialArgs =
              if shared == { } then
                lhs.specialArgs // rhs.specialArgs
              else
                throw "A submoduleWith option is declared multiple times with the same specialArgs \"${toString (attrNames shared)}\"";
            shorthandOnlyDefinesConfig =
              agree "A submoduleWith option is declared multiple times with conflicting shorthandOnlyDefinesConfig values"
                lhs.shorthandOnlyDefinesConfig
                rhs.shorthandOnlyDefinesConfig;
            description =
              agree "A submoduleWith option is declared multiple times with conflicting descriptions" lhs.description
                rhs.description;
          };
      };
    };

  enum =
    values:
    let
      show =
        v:
        if isString v then
          ''"${v}"''
        else if isInt v then
          toString v
        else if isBool v then
          (if v then "true" else "false")
        else
          "<${builtins.typeOf v}>";
    in
    mkOptionType {
      name = "enum";
      # Empty and one-value enums occur when modules extend an "interface"
      # enum through declaration merging.
      description =
        if values == [ ] then
          "impossible (empty enum)"
        else if length values == 1 then
          "value ${show (head values)} (singular enum)"
        else
          "one of ${concatStringsSep ", " (map show values)}";
      descriptionClass = if length values < 2 then "noun" else "conjunction";
      check = v: elem v values;
      merge = mergeEqualOption;
      functor = defaultFunctor "enum" // {
        payload = { inherit values; };
        type = payload: types.enum payload.values;
        binOp = a: b: { values = uniqueList (a.values ++ b.values); };
      };
    };

  # Values serialisable to JSON/TOML-like formats.
  serializableValueWith =
    {
      typeName,
      nullable ? true,
    }:
    let
      baseType = oneOf [
        bool
        int
        float
        str
        path
        (attrsOf valueType)
        (listOf valueType)
      ];
      valueType = (if nullable then nullOr baseType else baseType) // {
        description = "${typeName} value";
      };
    in
    valueType;

  json = serializableValueWith { typeName = "JSON"; };
  toml = serializableValueWith {
    typeName = "TOML";
    nullable = false;
  };

  # The first branch that accepts *every* definition merges them all; a
  # mix that neither branch accepts as a whole is a type error.
  either =
    t1: t2:
    let
      check = v2Check (x: t1.check x || t2.check x);
      phrase = optionDescriptionPhrase;
    in
    mkOptionType rec {
      name = "either";
      description =
        if t1.descriptionClass or null == "nonRestrictiveClause" then
          "${t1.description}, or ${phrase (c: c == "noun" || c == "conjunction") t2}"
        else
          "${phrase (c: c == "noun" || c == "conjunction") t1} or ${
            phrase (c: c == "noun" || c == "conjunction" || c == "composite") t2
          }";
      descriptionClass = "conjunction";
      inherit check;
      merge = v2Merge (
        { loc, defs }:
        let
          left = mergeAsV2 t1 loc defs;
          right = mergeAsV2 t2 loc defs;
        in
        if left.headError == null then
          left
        else if right.headError == null then
          right
        else
          let
            headError.message = "The option `${showOption loc}` is neither a value of type `${t1.description}` nor `${t2.description}`, Definition values: ${showDefs defs}";
          in
          {
            inherit headError;
            valueMeta = { inherit headError; };
            # Reached only by callers that skip the head check (e.g. a bare
            # either as freeformType); nixpkgs warns there too.
            value = lib.warn ''
              One or more definitions did not pass the type-check of the 'either' type.
              ${headError.message}
              If `either`, `oneOf` or similar is used in freeformType, ensure that it is preceded by an 'attrsOf' such as: `freeformType = types.attrsOf (types.either t1 t2)`.
              Otherwise consider using the correct type for the option `${showOption loc}`.  This will be an error in Nixpkgs 26.05.
            '' (mergeOneOption loc defs);
          }
      );
      typeMerge =
        f':
        let
          mt1 = t1.typeMerge (elemAt f'.payload.elemType 0).functor;
          mt2 = t2.typeMerge (elemAt f'.payload.elemType 1).functor;
        in
        if name == f'.name && mt1 != null && mt2 != null then either mt1 mt2 else null;
      functor = elemFunctor "either" {
        elemType = [
          t1
          t2
        ];
      } // {
        type = p: either (elemAt p.elemType 0) (elemAt p.elemType 1);
      };
      nestedTypes.left = t1;
      nestedTypes.right = t2;
    };

  oneOf =
    ts:
    if ts == [ ] then
      throw "types.oneOf needs to get at least one type in its argument"
    else
      foldl' either (head ts) (tail ts);

  # Definitions of `coercedType` are converted with `coerceFunc`, then all
  # are merged as `finalType`.
  coercedTo =
    coercedType: coerceFunc: finalType:
    if coercedType.getSubModules != null then
      throw "coercedTo: coercedType must not have submodules (it’s a ${coercedType.description})"
    else
      let
        check = v2Check (x: (coercedType.check x && finalType.check (coerceFunc x)) || finalType.check x);
      in
      mkOptionType {
        name = "coercedTo";
        description = "${optionDescriptionPhrase (c: c == "noun") finalType} or ${
          optionDescriptionPhrase (c: c == "noun") coercedType
        } convertible to it";
        inherit check;
        merge = v2Merge (
          { loc, defs }:
          let
            coerced = map (
              def:
              def
              // {
                value =
                  if (mergeAsV2 coercedType loc [ def ]).headError == null then coerceFunc def.value else def.value;
              }
            ) defs;
          in
          if finalType.merge ? v2 then
            coherentV2 loc finalType (
              finalType.merge.v2 {
                inherit loc;
                defs = coerced;
              }
            )
          else
            {
              value = finalType.merge loc coerced;
              valueMeta = { };
              headError = headErrorOf check defs;
            }
        );
        emptyValue = finalType.emptyValue;
        getSubOptions = finalType.getSubOptions;
        getSubModules = finalType.getSubModules;
        substSubModules = m: coercedTo coercedType coerceFunc (finalType.substSubModules m);
        typeMerge = t: null;
        functor = defaultFunctor "coercedTo";
        nestedTypes.coercedType = coercedType;
        nestedTypes.finalType = finalType;
      };

  addCheck =
    elemType: check:
    if elemType.merge ? v2 then
      elemType
      // {
        check = v2Check (x: elemType.check x && check x);
        merge = v2Merge (
          { loc, defs }:
          let
            inner = coherentV2 loc elemType (elemType.merge.v2 { inherit loc defs; });
          in
          inner
          // {
            headError = if inner.headError != null then inner.headError else headErrorOf check defs;
          }
        );
      }
    else
      elemType // { check = x: elemType.check x && check x; };

  mergeTypes =
    a: b:
    let
      merged = a.typeMerge b.functor;
    in
    if merged == null then setType "merge-error" { error = "Cannot merge types"; } else merged;

  inherit types;
}
