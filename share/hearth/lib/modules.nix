# The module system (nixpkgs `lib.modules`): collecting modules through
# `imports`, merging option declarations, and merging definitions into
# option values under priorities, conditions and ordering.
#
# Everything here is written for laziness first: the set of option names
# must be computable from declarations alone, and `mkIf` conditions are
# only forced per option, so that conditions may read the final `config`.
{ lib }:

let
  inherit (builtins)
    addErrorContext
    all
    any
    attrNames
    catAttrs
    concatLists
    concatMap
    concatStringsSep
    elem
    elemAt
    filter
    foldl'
    genList
    head
    isAttrs
    isBool
    isList
    isPath
    isString
    length
    map
    mapAttrs
    seq
    sort
    substring
    tail
    toJSON
    typeOf
    unsafeGetAttrPos
    zipAttrsWith
    ;

  inherit (lib.options)
    isOption
    mkOption
    showDefs
    showFiles
    showOption
    unknownModule
    ;

  types = lib.types;

  # --- small private helpers (this file must not depend on the rest of lib
  # being complete) ---

  isFunction = f: builtins.isFunction f || (isAttrs f && f ? __functor && isFunction (f.__functor f));
  functionArgsOf =
    f: if isAttrs f && f ? __functor then f.__functionArgs or (functionArgsOf (f.__functor f)) else builtins.functionArgs f;

  zipAttrs = zipAttrsWith (n: vs: vs);
  last = xs: elemAt xs (length xs - 1);
  init = xs: genList (elemAt xs) (length xs - 1);
  take = n: xs: genList (elemAt xs) (if n < length xs then n else length xs);
  # Hearth has this built in (the same result); Nix runs the code.
  reverseList =
    builtins.hearthModuleReverse or (
      xs:
      let
        n = length xs;
      in
      genList (i: elemAt xs (n - i - 1)) n
    );
  imap1 = f: xs: genList (i: f (i + 1) (elemAt xs i)) (length xs);
  optional = cond: x: if cond then [ x ] else [ ];
  sortOn =
    key: xs:
    map (p: p.x) (
      sort (a: b: a.k < b.k) (
        map (x: {
          inherit x;
          k = key x;
        }) xs
      )
    );

  setAttrByPath =
    path: value: if path == [ ] then value else { ${head path} = setAttrByPath (tail path) value; };
  attrByPath =
    path: fallback: set:
    if path == [ ] then
      set
    else if isAttrs set && set ? ${head path} then
      attrByPath (tail path) fallback set.${head path}
    else
      fallback;
  getAttrFromPath =
    path: set: attrByPath path (throw "cannot find attribute `${concatStringsSep "." path}'") set;

  # `rhs` wins except where both sides are attrsets, which merge.
  recursiveUpdate =
    lhs: rhs:
    zipAttrsWith (
      n: vs:
      if length vs == 1 then
        head vs
      else if isAttrs (elemAt vs 0) && isAttrs (elemAt vs 1) then
        recursiveUpdate (elemAt vs 0) (elemAt vs 1)
      else
        elemAt vs 1
    ) [
      lhs
      rhs
    ];

  quoteString = s: builtins.replaceStrings [ "$" ] [ "\\$" ] (toJSON s);

  isConvertibleWithToString =
    x:
    isString x
    || isPath x
    || (isAttrs x && (x ? outPath || x ? __toString))
    || builtins.isInt x
    || builtins.isFloat x
    || isBool x
    || x == null
    || (isList x && all isConvertibleWithToString x);

  # Edit distance, used only to suggest option names in an error.
  levenshtein =
    a: b:
    let
      chars = s: genList (i: substring i 1 s) (builtins.stringLength s);
      ca = chars a;
      cb = chars b;
      nb = length cb;
      min2 = x: y: if x < y then x else y;
      step =
        prev: i:
        let
          ai = elemAt ca i;
          row = foldl' (
            acc: j:
            acc
            ++ [
              (min2 (min2 (elemAt prev (j + 1) + 1) (last acc + 1)) (
                elemAt prev j + (if ai == elemAt cb j then 0 else 1)
              ))
            ]
          ) [ (i + 1) ] (genList (j: j) nb);
        in
        row;
    in
    last (foldl' step (genList (j: j) (nb + 1)) (genList (i: i) (length ca)));

  esc = builtins.fromJSON "\"\\u001b\"";
  ansiWarn = s: "${esc}[1;35m${s}${esc}[0m";
  ansiGood = s: "${esc}[1;32m${s}${esc}[0m";
  ansiCode = s: "${esc}[1m${s}${esc}[0m";

  # Text for a value with a foreign `_type` found where a module belongs.
  notAModuleMessage =
    {
      fallbackFile,
      _type,
      expectedClass,
      prefix,
    }:
    let
      intoFile = if fallbackFile != null && fallbackFile != unknownModule then ", while trying to load a module into ${toString fallbackFile}" else "";
      intoPrefix = if prefix != [ ] then ", while trying to load a module into ${ansiCode (showOption prefix)}" else "";
      first = "Expected a module, but found a value of type ${ansiWarn (quoteString _type)}${intoFile}${intoPrefix}.\nA module is typically loaded by adding it to the ${ansiCode "imports = [ ... ];"} attribute of an existing module, or in the ${ansiCode "modules = [ ... ];"} argument of various functions.\nPlease make sure that each of the list items is a module, and not a different kind of value.";
      configurationHint = "If you really mean to import this configuration, instead please only import the modules that make up the configuration.\nYou may have to create a `let` binding, file or attribute to give yourself access to the relevant modules.\nWhile loading a configuration into the module system is a very sensible idea, it can not be done cleanly in practice.";
      flakeHint =
        "Perhaps you forgot to select an attribute name?\nInstead of, for example,\n    ${ansiWarn "inputs.someflake"}\nyou need to write something like\n    ${ansiWarn "inputs.someflake"}${
          if expectedClass == null then ansiGood ".modules.someApp.default" else ansiGood ".modules.${expectedClass}.default"
        }"
        + (
          if expectedClass == "nixos" then
            "\nor\n    ${ansiWarn "inputs.someflake"}${ansiGood ".nixosModules.default"}"
          else if expectedClass == "darwin" then
            "\nor\n    ${ansiWarn "inputs.someflake"}${ansiGood ".darwinModules.default"}"
          else
            ""
        );
    in
    concatStringsSep "\n\n" (
      [ first ]
      ++ optional (_type == "configuration") configurationHint
      ++ optional (_type == "flake") flakeHint
    );

  # The declarations of the module system's own options, the same in every
  # evaluation (only `_module.args` differs, by whether it is a submodule's),
  # so they are built once rather than per evaluation.
  internalOptions =
    let
      args = {
        # lazyAttrsOf: arguments are looked up lazily, and mkIf on them
        # would be meaningless anyway.
        type = types.lazyAttrsOf types.raw;
        description = "Additional arguments passed to each module, besides `lib`, `config`, `options`, `specialArgs` and the attributes of `specialArgs`. Submodules do not inherit these; they only receive `name`.";
      };
    in
    {
      args = mkOption args;
      argsInternal = mkOption (args // { internal = true; });
      module = {
        check = mkOption {
          type = types.bool;
          internal = true;
          default = true;
          description = "When true, a definition of an option that no module declares is an error.";
        };
        freeformType = mkOption {
          type = types.nullOr types.optionType;
          internal = true;
          default = null;
          description = "A type for the definitions no option declares: they are merged with it, and the result is joined with the values of the declared options.";
        };
        specialArgs = mkOption {
          readOnly = true;
          internal = true;
          description = "The arguments given to evalModules by its caller. Modules cannot change them, so unlike `_module.args` they can be used in `imports`.";
        };
      };
    };

  importsRecursionHint = "if you get an infinite recursion here, you probably reference `config` in `imports`. If you are trying to achieve a conditional import behavior dependent on `config`, consider importing unconditionally, and using `mkEnableOption` and `mkIf` to control its effect.";
in
rec {

  # --- evaluation entry point ---

  evalModules =
    evalArgs@{
      modules,
      prefix ? [ ],
      # Only for arguments needed while resolving `imports`; everything
      # else belongs in `_module.args`.
      specialArgs ? { },
      # When non-null, modules declaring another `_class` are refused.
      class ? null,
      # Deprecated: use `_module.args` / `_module.check`.
      args ? { },
      check ? true,
    }:
    let
      deprecationWarnings =
        x:
        let
          a = if evalArgs ? args then lib.warn "The args argument to evalModules is deprecated. Please set config._module.args instead." else (v: v);
          c = if evalArgs ? check then lib.warn "The check argument to evalModules is deprecated. Please set config._module.check instead." else (v: v);
        in
        a (c x);

      legacyModules =
        optional (evalArgs ? args) { config._module.args = args; }
        ++ optional (evalArgs ? check) { config._module.check = mkDefault check; };
      userModules = modules ++ legacyModules;

      # Options that steer the module system itself. A fresh copy per
      # evaluation, so extendModules can chain.
      internalModule = {
        _file = "lib/modules.nix";
        key = "lib/modules.nix";
        options = {
          _module = internalOptions.module // {
            args = if prefix == [ ] then internalOptions.args else internalOptions.argsInternal;
          };
        };
        config = {
          _module.args = {
            inherit extendModules;
            moduleType = type;
          };
          _module.specialArgs = specialArgs;
        };
      };

      moduleArgs = {
        inherit lib options specialArgs;
        _class = class;
        _prefix = prefix;
        config = addErrorContext importsRecursionHint config;
      }
      // specialArgs;

      # A function so that the structured tree can be collected twice
      # (modules and graph) instead of being kept alive.
      collect = { }: collectModules class (specialArgs.modulesPath or "") (userModules ++ [ internalModule ]) moduleArgs;

      # Later modules first, imports before their importers: the order all
      # definitions of an option arrive in.
      merged = mergeModules prefix (reverseList (collect { }).modules);

      options = merged.matchedOptions;

      config =
        let
          declaredConfig = optionValues options;
          freeformConfig =
            let
              defs = map (def: {
                inherit (def) file;
                value = setAttrByPath def.prefix def.value;
              }) merged.unmatchedDefns;
            in
            if defs == [ ] then { } else declaredConfig._module.freeformType.merge prefix defs;
        in
        if declaredConfig._module.freeformType == null then
          declaredConfig
        # Freeform values only live where no option is declared, so the
        # update never replaces a declared option's value.
        else
          recursiveUpdate freeformConfig declaredConfig;

      checkUnmatched =
        if config._module.check && config._module.freeformType == null && merged.unmatchedDefns != [ ] then
          let
            firstDef = head merged.unmatchedDefns;
            optText = showOption (prefix ++ firstDef.prefix);
            defText = addErrorContext "while evaluating the error message for definitions for `${optText}', which is an option that does not exist" (
              addErrorContext "while evaluating a definition from `${firstDef.file}'" (showDefs [ firstDef ])
            );
            absParent = init (prefix ++ firstDef.prefix);
            relParent = init firstDef.prefix;
            siblings = attrNames (attrByPath relParent { } options);
            candidates = if relParent == [ ] then filter (n: n != "_module") siblings else siblings;
            wrong = last firstDef.prefix;
            suggestions =
              if length candidates < 100 then
                take 3 (sortOn (levenshtein wrong) candidates)
              else
                take 3 (sortOn (levenshtein wrong) (filter (c: levenshtein wrong c <= 2) candidates));
            quoted = s: "`${showOption (absParent ++ [ s ])}'";
            suggestion =
              if suggestions == [ ] then
                ""
              else if length suggestions == 1 then
                "\n\nDid you mean ${quoted (head suggestions)}?"
              else
                "\n\nDid you mean ${concatStringsSep ", " (map quoted (init suggestions))} or ${quoted (last suggestions)}?";
            baseMsg = "The option `${optText}' does not exist. Definition values:${defText}${suggestion}";
          in
          if attrNames options == [ "_module" ] then
            if showOption prefix == "" then
              throw "${baseMsg}\n\nIt seems as if you're trying to declare an option by placing it into `config' rather than `options'!\n"
            else
              throw "${baseMsg}\n\nHowever there are no options defined in `${showOption prefix}'. Are you sure you've\ndeclared your options properly? This can happen if you e.g. declared your options in `types.submodule'\nunder `config' rather than `options'.\n"
          else
            throw baseMsg
        else
          null;

      checked = seq checkUnmatched;

      extendModules =
        extendArgs@{
          modules ? [ ],
          specialArgs ? { },
          prefix ? [ ],
        }:
        evalModules (
          evalArgs
          // {
            modules = evalArgs.modules ++ modules;
            specialArgs = evalArgs.specialArgs or { } // specialArgs;
            prefix = extendArgs.prefix or evalArgs.prefix or [ ];
          }
        );

      type = types.submoduleWith { inherit modules specialArgs class; };
    in
    deprecationWarnings {
      _type = "configuration";
      options = checked options;
      config = checked (removeAttrs config [ "_module" ]);
      _module = checked config._module;
      inherit (collect { }) graph;
      inherit extendModules type class;
    };

  # Option tree -> value tree; the shape comes from declarations only.
  optionValues = builtins.hearthModuleOptionValues or (mapAttrs (n: v: if isOption v then v.value else optionValues v));

  # --- collecting modules ---

  # { modules = [ normalised module ]; graph = [ { key, file, disabled, imports } ]; }
  collectModules =
    class: modulesPath: initialModules: args:
    let
      loadModule =
        fallbackFile: fallbackKey: m:
        if isFunction m then
          unifyModuleSyntax fallbackFile fallbackKey (applyModuleArgs fallbackKey m args)
        else if isAttrs m then
          let
            t = m._type or "module";
          in
          if t == "module" then
            unifyModuleSyntax fallbackFile fallbackKey m
          else if t == "if" || t == "override" then
            loadModule fallbackFile fallbackKey { config = m; }
          else
            throw (notAModuleMessage {
              inherit fallbackFile;
              _type = t;
              expectedClass = class;
              prefix = args._prefix;
            })
        else if isList m then
          throw "Module imports can't be nested lists. Perhaps you meant to remove one level of lists? Definitions: ${
            showDefs [
              {
                file = fallbackFile;
                value = m;
              }
            ]
          }"
        else
          unifyModuleSyntax (toString m) (toString m) (applyModuleArgsIfFunction (toString m) (import m) args);

      checkClass =
        m:
        if class == null || m._class == null || m._class == class then
          m
        else
          throw ''
            The module `${m._file or m.key}` (class: ${quoteString m._class}) cannot be imported into a module evaluation that expects class ${quoteString class}.

            Help:
            - Ensure that you are importing the correct module.
            - Verify that the module's `_class`, ${quoteString m._class} matches the expected `class` ${quoteString class}.
            - If you are using a custom class, make sure it is correctly defined and used consistently across your modules.
          '';

      # The key a disabledModules entry refers to.
      disabledKey =
        file: m:
        if isString m then
          if substring 0 1 m == "/" then m else toString modulesPath + "/" + m
        else if isConvertibleWithToString m then
          if m ? key && m.key != toString m then
            throw "Module `${file}` contains a disabledModules item that is an attribute set that can be converted to a string (${toString m}) but also has a `.key` attribute (${m.key}) with a different value. This makes it ambiguous which module should be disabled."
          else
            toString m
        else if m ? key then
          m.key
        else if isAttrs m then
          throw "Module `${file}` contains a disabledModules item that is an attribute set, presumably a module, that does not have a `key` attribute. This means that the module system doesn't have any means to identify the module that should be disabled. Make sure that you've put the correct value in disabledModules: a string path relative to modulesPath, a path value, or an attribute set with a `key` attribute."
        else
          throw "Each disabledModules item must be a path, string, or a attribute set with a key attribute, or a value supported by toString. However, one of the disabledModules items in `${toString file}` is none of that, but is of type ${typeOf m}.";

      # Tree of { key, module, modules, disabled }, where `disabled` collects
      # the disabledModules lists of the node and everything below it.
      loadNode = parentFile: parentKey: n: x: checkClass (loadModule parentFile "${parentKey}:anon-${toString n}" x);

      collectTree =
        parentFile: parentKey: ms:
        imap1 (
          n: x:
          let
            module = loadNode parentFile parentKey n x;
            children = collectTree module._file module.key module.imports;
          in
          {
            inherit (module) key;
            inherit module;
            modules = children;
            disabled =
              optional (module.disabledModules != [ ]) {
                file = module._file;
                disabled = module.disabledModules;
              }
              ++ concatMap (c: c.disabled) children;
          }
        ) ms;

      tree = collectTree unknownModule "" initialModules;
      disabledKeys = concatMap ({ file, disabled }: map (disabledKey file) disabled) (concatMap (t: t.disabled) tree);
      isDisabled = node: elem node.key disabledKeys;
      keep = filter (node: !isDisabled node);

      toGraph = node: {
        inherit (node) key;
        disabled = isDisabled node;
        file = node.module._file;
        imports = map toGraph node.modules;
      };
    in
    {
      # Breadth-first, first occurrence of a key wins. Hearth has this built
      # in (null: not handled); Nix runs the code below.
      modules =
        let
          native = if builtins ? hearthModuleCollect then builtins.hearthModuleCollect loadNode disabledKey unknownModule initialModules class else null;
        in
        if native != null then
          native
        else
          catAttrs "module" (
            builtins.genericClosure {
              startSet = keep tree;
              operator = node: keep node.modules;
            }
          );
      graph = map toGraph (filter (node: node.key != "lib/modules.nix") tree);
    };

  setDefaultModuleLocation = file: m: {
    _file = file;
    imports = [ m ];
  };

  # A module as { _file, _class, key, disabledModules, imports, options, config }.
  unifyModuleSyntax =
    file: key: m:
    let
      # Hearth has this built in (null: not handled); Nix runs the code below.
      native = if builtins ? hearthModuleUnify then builtins.hearthModuleUnify file key m else null;
      addMeta = config: if m ? meta then mkMerge [ config { meta = m.meta; } ] else config;
      addFreeformType =
        config: if m ? freeformType then mkMerge [ config { _module.freeformType = m.freeformType; } ] else config;
    in
    if native != null then
      native
    else if m ? config || m ? options then
      let
        extra = removeAttrs m [
          "_class"
          "_file"
          "key"
          "disabledModules"
          "imports"
          "options"
          "config"
          "meta"
          "freeformType"
        ];
      in
      if extra != { } then
        throw "Module `${key}' has an unsupported attribute `${head (attrNames extra)}'. This is caused by introducing a top-level `config' or `options' attribute. Add configuration attributes immediately on the top level instead, or move all of them (namely: ${toString (attrNames extra)}) into the explicit `config' attribute."
      else
        {
          _file = toString m._file or file;
          _class = m._class or null;
          key = toString m.key or key;
          disabledModules = m.disabledModules or [ ];
          imports = m.imports or [ ];
          options = m.options or { };
          config = addFreeformType (addMeta (m.config or { }));
        }
    else if !isAttrs m then
      throw "module ${file} (${key}) does not look like a module."
    else
      {
        _file = toString m._file or file;
        _class = m._class or null;
        key = toString m.key or key;
        disabledModules = m.disabledModules or [ ];
        imports = m.require or [ ] ++ m.imports or [ ];
        options = { };
        config = addFreeformType (
          removeAttrs m [
            "_class"
            "_file"
            "key"
            "disabledModules"
            "require"
            "imports"
            "freeformType"
          ]
        );
      };

  applyModuleArgsIfFunction =
    key: f: args@{ config, ... }: if isFunction f then applyModuleArgs key f args else f;

  # Named formals not supplied directly come from `config._module.args`.
  # Building the argument set from the formals' names alone keeps the
  # values lazy, so `{ pkgs, ... }:` does not force `config` early.
  applyModuleArgs =
    key: f: args@{ config, ... }:
    let
      extraArgs = mapAttrs (
        name: _:
        addErrorContext "while evaluating the module argument `${name}' in \"${key}\":" (
          args.${name} or (addErrorContext "noting that argument `${name}` is not externally provided, so querying `_module.args` instead, requiring `config`" config._module.args.${name})
        )
      ) (functionArgsOf f);
    in
    f (args // extraArgs);

  # --- merging declarations and definitions ---

  # { matchedOptions = option tree; unmatchedDefns = [ { file, prefix, value } ]; }
  mergeModules =
    prefix: modules:
    mergeModules' prefix modules (
      # Hearth pushes down natively; Nix runs the code below.
      if builtins ? hearthModulePushDownModules then
        builtins.hearthModulePushDownModules modules
      else
        concatMap (
          m:
          map (config: {
            file = m._file;
            inherit config;
          }) (pushDownProperties m.config)
        ) modules
    );

  mergeModules' =
    prefix: modules: configs:
    let
      here = concatStringsSep "." prefix;

      # Hearth groups declarations and definitions natively (null: not
      # handled, e.g. for the errors below); Nix runs the code below.
      nativeDecls = if builtins ? hearthModuleDeclsByName then builtins.hearthModuleDeclsByName modules else null;
      nativeDefs = if builtins ? hearthModuleDefsByName then builtins.hearthModuleDefsByName configs else null;

      declsByName = if nativeDecls != null then nativeDecls else zipAttrs (
        map (
          module:
          let
            subtree = module.options;
          in
          if !isAttrs subtree then
            throw ''
              An option declaration for `${here}' has type
              `${typeOf subtree}' rather than an attribute set.
              Did you mean to define this outside of `options'?
            ''
          else
            mapAttrs (n: option: {
              inherit (module) _file;
              pos = unsafeGetAttrPos n subtree;
              options = option;
            }) subtree
        ) modules
      );

      checkedConfigs = seq (
          all (
            c:
            isAttrs c.config
            || throw ''
              In module `${c.file}', you're trying to define a value of type `${typeOf c.config}'
              rather than an attribute set for the option
              `${here}'!

              This usually happens if `${here}' has option
              definitions inside that are not matched. Please check how to properly define
              this option by e.g. referring to `man 5 configuration.nix'!
            ''
          ) configs
        ) configs;

      # For descending: each attribute's value with properties pushed down.
      pushedDownByName = if nativeDefs != null then nativeDefs.pushed else zipAttrsWith (n: concatLists) (
        map (
          c:
          mapAttrs (
            n: value:
            map (config: {
              inherit (c) file;
              inherit config;
            }) (pushDownProperties value)
          ) c.config
        ) checkedConfigs
      );

      # For options: each attribute's value as written (with wrappers).
      rawByName = if nativeDefs != null then nativeDefs.raw else zipAttrs (
        map (
          c:
          mapAttrs (n: value: {
            inherit (c) file;
            inherit value;
          }) c.config
        ) checkedConfigs
      );

      # A plain declaration tree merged into a submodule option becomes
      # that submodule's extra options.
      treeAsOption =
        decl:
        if isOption decl.options then
          decl
        else
          decl
          // {
            options = mkOption {
              type = types.submoduleWith {
                modules = [ { options = decl.options; } ];
                # null: take whatever the real declaration says.
                shorthandOnlyDefinesConfig = null;
              };
            };
          };

      # Hearth has the rest of this level built in (lazy per name, the
      # levels below too, calling resultOfAt for anything but a
      # once-declared option or a subtree); Nix runs the code below.
      nativeLevel =
        if builtins ? hearthModuleLevel && nativeDecls != null then
          builtins.hearthModuleLevel {
            inherit
              prefix
              configs
              resultOfAt
              evalOptionValue
              ;
            decls = declsByName;
            defs = rawByName;
            pushed = pushedDownByName;
            mergeModules = mergeModules';
            unspecified = types.unspecified;
          }
        else
          null;

      resultsByName = if nativeLevel != null then nativeLevel.results else mapAttrs resultOf declsByName;

      resultOf = resultOfAt prefix rawByName pushedDownByName;

      # One name's { matchedOptions, unmatchedDefns } at any level (the
      # builtin calls it for levels it builds itself).
      resultOfAt =
        prefix: rawByName: pushedDownByName: name: decls:
        let
          loc = prefix ++ [ name ];
          defs = rawByName.${name} or [ ];
          # Hearth builds a once-declared option natively (null: anything
          # else); Nix runs the code below.
          native = if builtins ? hearthModuleOptionDecl then builtins.hearthModuleOptionDecl types.unspecified loc decls else null;
          optionDecls = filter (
            d: d.options ? _type && (d.options._type == "option" || throwDeclarationTypeError loc d.options._type d._file)
          ) decls;
        in
        if native != null then
          {
            matchedOptions = evalOptionValue loc native defs;
            unmatchedDefns = [ ];
          }
        else if length optionDecls == length decls then
          {
            matchedOptions = evalOptionValue loc (fixupOptionType loc (mergeOptionDecls loc decls)) defs;
            unmatchedDefns = [ ];
          }
        else if optionDecls != [ ] then
          if all (d: d.options.type.name or null == "submodule") optionDecls then
            {
              matchedOptions = evalOptionValue loc (fixupOptionType loc (mergeOptionDecls loc (map treeAsOption decls))) defs;
              unmatchedDefns = [ ];
            }
          else
            let
              firstOpt = head optionDecls;
              trees = filter (d: !isOption d.options) decls;
              listing = concatStringsSep "\n" (
                sort (a: b: a < b) (
                  concatMap (
                    d: map (p: " - option(s) with prefix `${showOption (loc ++ [ p ])}' in module `${d._file}'") (attrNames d.options)
                  ) trees
                )
              );
            in
            throw "The option `${showOption loc}' in module `${firstOpt._file}' would be a parent of the following options, but its type `${
              firstOpt.options.type.description or "<no description>"
            }' does not support nested options.\n${listing}"
        else
          mergeModules' loc decls (pushedDownByName.${name} or [ ]);

      matchedOptions = if nativeLevel != null then nativeLevel.matchedOptions else mapAttrs (n: v: v.matchedOptions) resultsByName;

      unmatchedByName = mapAttrs (n: v: v.unmatchedDefns) resultsByName // removeAttrs rawByName (attrNames matchedOptions);
    in
    {
      inherit matchedOptions;
      # No definitions here means none can be unmatched; skipping avoids
      # evaluating options for nothing.
      unmatchedDefns =
        if nativeLevel != null then
          nativeLevel.unmatchedDefns
        else if configs == [ ] then
          [ ]
        else
          concatLists (
            map (
              name:
              map (def: def // { prefix = [ name ] ++ (def.prefix or [ ]); }) unmatchedByName.${name}
            ) (attrNames unmatchedByName)
          );
    };

  throwDeclarationTypeError =
    loc: actualTag: file:
    let
      name = lib.options.showOption [ (last loc) ];
      comment = if length loc > 1 then "\n    # ${showOption loc}" else "";
    in
    throw (
      concatStringsSep "\n\n" (
        [
          "In module ${file}: expected an option declaration at option path `${showOption loc}` but got an attribute set with type ${actualTag}"
        ]
        ++ optional (actualTag == "option-type") ''
          When declaring an option, you must wrap the type in a `mkOption` call. It should look somewhat like:
              ${comment}
              ${name} = lib.mkOption {
                description = ...;
                type = <the type you wrote for ${name}>;
                ...
              };
        ''
      )
    );

  # Several declarations of one option: attributes combine, but only one
  # may give default/example/description/apply, and types must typeMerge.
  mergeOptionDecls =
    loc: opts:
    foldl' (
      res: opt:
      let
        alreadyDeclared = "The option `${showOption loc}' in `${opt._file}' is already declared in ${showFiles res.declarations}.";
        typeSet =
          if opt.options ? type && res ? type then
            let
              mergedType = res.type.typeMerge opt.options.type.functor;
            in
            if mergedType != null then { type = mergedType; } else throw alreadyDeclared
          else
            { };
        bothHave = k: opt.options ? ${k} && res ? ${k};
        subModules = opt.options.type.getSubModules or null;
      in
      if bothHave "default" || bothHave "example" || bothHave "description" || bothHave "apply" then
        throw alreadyDeclared
      else
        opt.options
        // res
        // {
          declarations = res.declarations ++ [ opt._file ];
          # Generated declarations have no position: fall back to the file.
          declarationPositions =
            res.declarationPositions
            ++ [
              (
                if opt.pos != null then
                  opt.pos
                else
                  {
                    file = opt._file;
                    line = null;
                    column = null;
                  }
              )
            ];
          options =
            if subModules != null then map (setDefaultModuleLocation opt._file) subModules ++ res.options else res.options;
        }
        // typeSet
    ) {
      inherit loc;
      declarations = [ ];
      declarationPositions = [ ];
      options = [ ];
    } opts;

  # Give submodule types the location-tagged module list collected by
  # mergeOptionDecls; default the type to `unspecified`.
  fixupOptionType =
    loc: opt:
    if opt.type.getSubModules or null == null then
      opt // { type = opt.type or types.unspecified; }
    else
      opt
      // {
        type = opt.type.substSubModules opt.options;
        options = [ ];
      };

  # The full option record: declaration plus value and definition metadata.
  evalOptionValue =
    loc: opt: defs:
    let
      # `default` is an ordinary definition at mkOptionDefault priority.
      allDefs =
        if opt ? default then
          [
            {
              file = head opt.declarations;
              value = mkOptionDefault opt.default;
            }
          ]
          ++ defs
        else
          defs;

      res =
        if opt.readOnly or false && length allDefs > 1 then
          let
            # Show each definition as if it were the only one.
            separately = map (def: def // { value = (mergeDefinitions loc opt.type [ def ]).mergedValue; }) allDefs;
          in
          throw "The option `${showOption loc}' is read-only, but it's set multiple times. Definition values:${showDefs separately}"
        else
          mergeDefinitions loc opt.type allDefs;

      value = if opt ? apply then opt.apply res.mergedValue else res.mergedValue;

      deprecation =
        if opt.type.deprecationMessage or null != null then
          lib.warn "The type `types.${opt.type.name}' of option `${showOption loc}' defined in ${showFiles opt.declarations} is deprecated. ${opt.type.deprecationMessage}"
        else
          (x: x);
    in
    deprecation opt
    // {
      value = addErrorContext "while evaluating the option `${showOption loc}':" value;
      inherit (res.defsFinal') highestPrio;
      definitions = catAttrs "value" res.defsFinal;
      files = catAttrs "file" res.defsFinal;
      definitionsWithLocations = res.defsFinal;
      inherit (res) isDefined;
      inherit (res.checkedAndMerged) valueMeta;
      __toString = _: showOption loc;
    };

  # Definitions -> discharge mkMerge/mkIf -> keep the best priority ->
  # sort by mkOrder -> check and merge with the type.
  # Hearth builds this record natively (its errors still come from `plain`);
  # Nix runs `plain`.
  mergeDefinitions =
    let
      plain = loc: type: defs: rec {
    # Hearth has this pipeline built in (the same result, forcing the same
    # values); Nix runs the code below.
    defsFinal' =
      if builtins ? hearthModuleDefsFinal then
        builtins.hearthModuleDefsFinal defs
      else
      let
        normalized = concatMap (
          d:
          map (
            value:
            if value._type or null == "definition" then
              value
            else
              {
                inherit (d) file;
                inherit value;
              }
          ) (addErrorContext "while evaluating definitions from `${d.file}':" (dischargeProperties d.value))
        ) defs;
        filtered = filterOverrides' normalized;
        sorted =
          if any (def: def.value._type or "" == "order") filtered.values then sortProperties filtered.values else filtered.values;
        d0 = head defs;
      in
      # Most options have one plain definition: skip the pipeline.
      if
        length defs == 1
        && addErrorContext "while evaluating definitions from `${d0.file}':" (!(isAttrs d0.value && d0.value ? _type))
      then
        {
          values = defs;
          highestPrio = defaultOverridePriority;
        }
      else
        {
          values = sorted;
          inherit (filtered) highestPrio;
        };

    defsFinal = defsFinal'.values;

    mergedValue =
      if isDefined then
        if type.merge ? v2 then
          if checkedAndMerged.headError or null != null then
            throw "A definition for option `${showOption loc}' is not of type `${type.description}'. TypeError: ${checkedAndMerged.headError.message}"
          else
            checkedAndMerged.value
        else if all (def: type.check def.value) defsFinal then
          type.merge loc defsFinal
        else
          throw "A definition for option `${showOption loc}' is not of type `${type.description}'. Definition values:${
            showDefs (filter (def: !type.check def.value) defsFinal)
          }"
      else if type.emptyValue ? value then
        type.emptyValue.value
      else
        throw "The option `${showOption loc}' was accessed but has no value defined. Try setting the option.";

    checkedAndMerged =
      let
        shape =
          {
            headError,
            value,
            valueMeta,
          }@r:
          r;
      in
      shape (
        if type.merge ? v2 then
          let
            r =
              if type.check.isV2MergeCoherent or false then
                type.merge.v2 {
                  inherit loc;
                  defs = defsFinal;
                }
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
          in
          r // { valueMeta = r.valueMeta // { _internal = { inherit type; }; }; }
        else
          {
            headError = null;
            value = mergedValue;
            valueMeta = { };
          }
      );

    isDefined = defsFinal != [ ];

    optionalValue = if isDefined then { value = mergedValue; } else { };
  };
    in
    if builtins ? hearthModuleMergeDefinitions then builtins.hearthModuleMergeDefinitions plain else plain;

  # mkMerge splits a config; mkIf/mkOverride on an attrset move onto each
  # attribute. Only attribute names are needed, never the condition,
  # which is what lets `config = mkIf cfg.enable {...}` read `config`.
  pushDownProperties =
    cfg:
    let
      t = cfg._type or "";
      onEach = f: v: if isAttrs v then mapAttrs (n: f) v else v;
    in
    if t == "merge" then
      concatMap pushDownProperties cfg.contents
    else if t == "if" then
      map (onEach (mkIf cfg.condition)) (pushDownProperties cfg.content)
    else if t == "override" then
      map (onEach (mkOverride cfg.priority)) (pushDownProperties cfg.content)
    else
      [ cfg ];

  # Expand mkMerge and evaluate mkIf conditions of one definition value.
  dischargeProperties =
    def:
    let
      t = def._type or "";
    in
    if t == "merge" then
      concatMap dischargeProperties def.contents
    else if t == "if" then
      if isBool def.condition then
        if def.condition then dischargeProperties def.content else [ ]
      else
        throw "‘mkIf’ called with a non-Boolean condition"
    else
      [ def ];

  filterOverrides = defs: (filterOverrides' defs).values;

  # Keep the definitions with the numerically lowest priority, unwrapped.
  filterOverrides' =
    defs:
    let
      prioOf = def: if def.value._type or "" == "override" then def.value.priority else defaultOverridePriority;
      strip = def: if def.value._type or "" == "override" then def // { value = def.value.content; } else def;
      best = foldl' (p: def: let q = prioOf def; in if q < p then q else p) 9999 defs;
    in
    if length defs == 1 then
      {
        values = map strip defs;
        highestPrio = prioOf (head defs);
      }
    else
      {
        values = concatMap (def: if prioOf def == best then [ (strip def) ] else [ ]) defs;
        highestPrio = best;
      };

  # Stable sort by mkOrder priority (default 1000).
  sortProperties =
    defs:
    let
      strip =
        def:
        if def.value._type or "" == "order" then
          def
          // {
            value = def.value.content;
            inherit (def.value) priority;
          }
        else
          def;
    in
    sort (a: b: (a.priority or defaultOrderPriority) < (b.priority or defaultOrderPriority)) (map strip defs);

  # Per-attribute values and priorities of an attrsOf/lazyAttrsOf option.
  mergeAttrDefinitionsWithPrio =
    opt:
    let
      defsByAttr = zipAttrs (
        concatLists (
          concatMap (
            def:
            map (
              cfg:
              map (k: {
                ${k} = def // { value = cfg.${k}; };
              }) (attrNames cfg)
            ) (pushDownProperties def.value)
          ) opt.definitionsWithLocations
        )
      );
    in
    if opt.type.name == "attrsOf" || opt.type.name == "lazyAttrsOf" then
      mapAttrs (
        k: v:
        let
          m = mergeDefinitions (opt.loc ++ [ k ]) opt.type.nestedTypes.elemType v;
        in
        {
          value = m.mergedValue;
          inherit (m.defsFinal') highestPrio;
        }
      ) defsByAttr
    else
      throw "mergeAttrDefinitionsWithPrio: option `${showOption opt.loc}' is not an attrsOf or lazyAttrsOf option";

  # --- properties ---

  mkIf = condition: content: {
    _type = "if";
    inherit condition content;
  };

  mkAssert =
    assertion: message: content:
    mkIf (if assertion then true else throw "\nFailed assertion: ${message}") content;

  mkMerge = contents: {
    _type = "merge";
    inherit contents;
  };

  # A definition that carries its own file.
  mkDefinition = args@{ file, value, ... }: args // { _type = "definition"; };

  mkOverride = priority: content: {
    _type = "override";
    inherit priority content;
  };

  defaultOverridePriority = 100;
  # The older name, warned about as nixpkgs does once 23.05 is the oldest
  # supported release.
  defaultPriority = lib.trivial.warnIf (lib.trivial.oldestSupportedReleaseIsAtLeast 2305)
    "lib.modules.defaultPriority is deprecated, please use lib.modules.defaultOverridePriority instead."
    defaultOverridePriority;
  mkOptionDefault = mkOverride 1500;
  mkDefault = mkOverride 1000;
  mkImageMediaOverride = mkOverride 60;
  mkForce = mkOverride 50;
  mkVMOverride = mkOverride 10;

  mkFixStrictness = lib.warn "lib.mkFixStrictness has no effect and will be removed. It returns its argument unmodified, so you can just remove any calls." (x: x);

  mkOrder = priority: content: {
    _type = "order";
    inherit priority content;
  };

  defaultOrderPriority = 1000;
  mkBefore = mkOrder 500;
  mkAfter = mkOrder 1500;

  # Apply f under any property wrappers.
  mapDefinitionValue =
    f: def:
    let
      t = def._type or null;
    in
    if t == "merge" then
      def // { contents = map (mapDefinitionValue f) def.contents; }
    else if t == "if" || t == "override" || t == "order" then
      def // { content = mapDefinitionValue f def.content; }
    else if t == "definition" then
      def // { value = mapDefinitionValue f def.value; }
    else
      f def;

  # --- aliases and renames ---

  # Re-emit another option's surviving definitions (their own priorities
  # are not carried over).
  mkAliasDefinitions = mkAliasAndWrapDefinitions (x: x);
  mkAliasAndWrapDefinitions = wrap: option: mkIf option.isDefined (wrap (mkMerge option.definitions));

  # Same, at the aliased option's winning priority.
  mkAliasAndWrapDefsWithPriority =
    wrap: option:
    let
      prio = option.highestPrio or defaultOverridePriority;
    in
    mkIf option.isDefined (wrap (mkMerge (map (mkOverride prio) option.definitions)));

  mkAliasIfDef = lib.warn "Usage of 'mkAliasIfDef' has been deprecated. Use 'mkIf option.isDefined' instead." (
    option: mkIf option.isDefined
  );

  mkDerivedConfig = opt: f: mkOverride (opt.highestPrio or defaultOverridePriority) (f opt.value);

  fixMergeModules =
    modules: args:
    evalModules {
      inherit modules args;
      check = false;
    };

  mkRemovedOptionModule =
    optionName: replacementInstructions:
    { options, ... }:
    {
      options = setAttrByPath optionName (mkOption {
        visible = false;
        apply = x: throw "The option `${showOption optionName}' can no longer be used since it's been removed. ${replacementInstructions}";
      });
      config.assertions =
        let
          opt = getAttrFromPath optionName options;
        in
        [
          {
            assertion = !opt.isDefined;
            message = "The option definition `${showOption optionName}' in ${showFiles opt.files} no longer has any effect; please remove it.\n${replacementInstructions}\n";
          }
        ];
    };

  mkRenamedOptionModule =
    from: to:
    doRename {
      inherit from to;
      visible = false;
      warn = true;
      use = builtins.trace "Obsolete option `${showOption from}' is used. It was renamed to `${showOption to}'.";
    };

  mkRenamedOptionModuleWith =
    {
      from,
      to,
      sinceRelease,
    }:
    let
      old = lib.oldestSupportedReleaseIsAtLeast sinceRelease;
    in
    doRename {
      inherit from to;
      visible = false;
      warn = old;
      use = if old then lib.warn "Obsolete option `${showOption from}' is used. It was renamed to `${showOption to}'." else (x: x);
    };

  # Several old options feed one new option of a different type; a
  # sentinel default tells "set" from "unset".
  mkMergedOptionModule =
    from: to: mergeFn:
    { config, options, ... }:
    {
      options = foldl' recursiveUpdate { } (
        map (
          path:
          setAttrByPath path (mkOption {
            visible = false;
            default = "_mkMergedOptionModule";
          })
        ) from
      );
      config = {
        warnings = filter (x: x != "") (
          map (
            f:
            let
              val = getAttrFromPath f config;
              opt = getAttrFromPath f options;
            in
            if val != "_mkMergedOptionModule" then
              "The option `${showOption f}' defined in ${showFiles opt.files} has been changed to `${showOption to}' that has a different type. Please read `${showOption to}' documentation and update your configuration accordingly."
            else
              ""
          ) from
        );
      }
      // setAttrByPath to (
        mkMerge (optional (any (f: getAttrFromPath f config != "_mkMergedOptionModule") from) (mergeFn config))
      );
    };

  mkChangedOptionModule =
    from: to: changeFn:
    mkMergedOptionModule [ from ] to changeFn;

  mkAliasOptionModule =
    from: to:
    doRename {
      inherit from to;
      visible = true;
      warn = false;
      use = x: x;
    };

  mkAliasOptionModuleMD = lib.warn "mkAliasOptionModuleMD is deprecated and will be removed in 26.05; please use mkAliasOptionModule." mkAliasOptionModule;

  # Declare `from` with `to`'s type; reading it yields `to`'s value, and
  # its definitions are forwarded to `to`.
  doRename =
    {
      from,
      to,
      visible,
      # Needs a `warnings` option in the evaluation to have any effect.
      warn,
      use,
      withPriority ? true,
      # mkIf condition for the forwarded definitions (avoids creating an
      # empty attrsOf-submodule entry when `from` is unused).
      condition ? true,
    }:
    { config, options, ... }:
    let
      fromOpt = getAttrFromPath from options;
      toValue = attrByPath to (abort "Renaming error: option `${showOption to}' does not exist.");
      toType = (attrByPath to { } options).type or (types.submodule { });
    in
    {
      options = setAttrByPath from (
        mkOption {
          inherit visible;
          description = "Alias of {option}`${showOption to}`.";
          apply = x: use (toValue config);
        }
        // (if toType != null then { type = toType; } else { })
      );
      config = mkIf condition (mkMerge [
        (
          if options ? warnings then
            {
              warnings = optional (
                warn && fromOpt.isDefined
              ) "The option `${showOption from}' defined in ${showFiles fromOpt.files} has been renamed to `${showOption to}'.";
            }
          else
            { }
        )
        (
          if withPriority then
            mkAliasAndWrapDefsWithPriority (setAttrByPath to) fromOpt
          else
            mkAliasAndWrapDefinitions (setAttrByPath to) fromOpt
        )
      ]);
    };

  # `import file arg` with the file kept as the module's location.
  importApply = modulePath: staticArg: setDefaultModuleLocation modulePath (import modulePath staticArg);

  importJSON = file: {
    _file = file;
    config = lib.importJSON file;
  };

  importTOML = file: {
    _file = file;
    config = lib.importTOML file;
  };
}
