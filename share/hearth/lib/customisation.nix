# Package customisation: `callPackage`-style auto-arguments, `override`
# (makeOverridable), derivation extension and package scopes.
{ lib }:
let
  inherit (builtins)
    attrNames
    functionArgs
    intersectAttrs
    isAttrs
    length
    elemAt
    head
    mapAttrs
    listToAttrs
    removeAttrs
    ;
  inherit (lib.trivial) isFunction mirrorFunctionArgs setFunctionArgs;
  inherit (lib.attrsets) filterAttrs optionalAttrs isDerivation;

  # The platform pairs of a cross index, in nixpkgs' order.
  crossPairs = [
    "buildBuild"
    "buildHost"
    "buildTarget"
    "hostHost"
    "hostTarget"
    "targetTarget"
  ];
in
rec {
  /** Rebuild a derivation with attributes changed by `f drv` applied to its
      raw derivation attributes (the old, low-level override).
      Type: derivation -> (attrs -> attrs) -> derivation.
      Example: `overrideDerivation pkg (old: { name = "x"; })` */
  overrideDerivation = drv: f:
    let
      newDrv = derivation (drv.drvAttrs // (f drv));
    in
    extendDerivation (builtins.seq drv.drvPath true) (
      {
        meta = drv.meta or { };
        passthru = if drv ? passthru then drv.passthru else { };
      }
      // (drv.passthru or { })
      // optionalAttrs (drv ? __spliced) {
        __spliced = { } // (mapAttrs (_: sDrv: overrideDerivation sDrv f) drv.__spliced);
      }
    ) newDrv;

  /** Make the result of `f args` overridable: attribute-set results get
      `override` (new arguments, or a function of the old ones),
      `overrideDerivation` and, if present, a re-wrapped `overrideAttrs`;
      function results become functors with `override`.
      Type: (attrs -> a) -> attrs -> a.
      Example: `((makeOverridable ({ a }: { r = a; }) { a = 1; }).override { a = 2; }).r` => `2` */
  makeOverridable = f:
    let
      mirrorArgs = mirrorFunctionArgs f;
    in
    mirrorArgs (
      origArgs:
      let
        result = f origArgs;
        overrideWith = newArgs: origArgs // (if isFunction newArgs then newArgs origArgs else newArgs);
        overrideArgs = mirrorArgs (newArgs: makeOverridable f (overrideWith newArgs));
        overrideResult = g: makeOverridable (mirrorArgs (args: g (f args))) origArgs;
      in
      if isAttrs result then
        result
        // {
          override = overrideArgs;
          overrideDerivation = fdrv: overrideResult (x: overrideDerivation x fdrv);
          ${if result ? overrideAttrs then "overrideAttrs" else null} = fdrv: overrideResult (x: x.overrideAttrs fdrv);
        }
      else if isFunction result then
        setFunctionArgs result (lib.trivial.functionArgs result) // { override = overrideArgs; }
      else
        result
    );

  /** Call a function (or file) with the arguments it asks for taken from
      `autoArgs`, overridden by `args`, and make the result overridable.
      A missing required argument aborts, suggesting close names.
      Type: attrs -> ((attrs -> a) | path) -> attrs -> a.
      Example: `callPackageWith { a = 1; b = 2; } ({ a }: a) { }` => `1` */
  callPackageWith = autoArgs: fn: args:
    let
      f = if isFunction fn then fn else import fn;
      fargs = lib.trivial.functionArgs f;
      allArgs = intersectAttrs fargs autoArgs // args;
      missingArgs = filterAttrs (name: hasDefault: !hasDefault) (removeAttrs fargs (attrNames allArgs));
      suggestionsFor = arg:
        lib.trivial.pipe (autoArgs // args) [
          attrNames
          (builtins.filter (lib.strings.levenshteinAtMost 2 arg))
          (lib.lists.sortOn (lib.strings.levenshtein arg))
          (lib.lists.take 3)
          (map (x: "\"" + x + "\""))
        ];
      showSuggestions = s:
        if s == [ ] then
          ""
        else if length s == 1 then
          ", did you mean ${elemAt s 0}?"
        else
          ", did you mean ${builtins.concatStringsSep ", " (lib.lists.init s)} or ${lib.lists.last s}?";
      errorForArg = arg:
        let
          loc = builtins.unsafeGetAttrPos arg fargs;
          where = if loc ? file then loc.file + ":" + toString loc.line else "<unknown location>";
        in
        "Function called without required argument \"${arg}\" at ${where}${showSuggestions (suggestionsFor arg)}";
    in
    if missingArgs == { } then
      makeOverridable f allArgs
    else
      # An abort, not a throw: tryEval must not hide a broken call.
      abort "lib.customisation.callPackageWith: ${errorForArg (head (attrNames missingArgs))}";

  /** Like `callPackageWith` for a function returning a set of packages; each
      package is made overridable on its own.
      Type: attrs -> ((attrs -> attrs) | path) -> attrs -> attrs.
      Example: `(callPackagesWith { } ({ }: { a = { x = 1; }; }) { }).a.x` => `1` */
  callPackagesWith = autoArgs: fn: args:
    let
      f = if isFunction fn then fn else import fn;
      auto = intersectAttrs (lib.trivial.functionArgs f) autoArgs;
      mirrorArgs = mirrorFunctionArgs f;
      origArgs = auto // args;
      pkgs = f origArgs;
      mkAttrOverridable = name: _: makeOverridable (mirrorArgs (newArgs: (f newArgs).${name})) origArgs;
    in
    if isDerivation pkgs then
      throw (
        "function `callPackages` was called on a *single* derivation "
        + ''"${pkgs.name or "<unknown-name>"}";''
        + " did you mean to use `callPackage` instead?"
      )
    else
      mapAttrs mkAttrOverridable pkgs;

  /** Add `passthru` attributes to a derivation and each of its outputs;
      `drvPath`/`outPath` additionally assert `condition`.
      Type: bool -> attrs -> derivation -> derivation.
      Example: `(extendDerivation true { x = 1; } drv).x` => `1` */
  extendDerivation = condition: passthru: drv:
    let
      outputs = drv.outputs or [ "out" ];
      commonAttrs = drv // (listToAttrs outputsList) // { all = map (x: x.value) outputsList; } // passthru;
      outputToAttrListElement = outputName: {
        name = outputName;
        value =
          commonAttrs
          // {
            inherit (drv.${outputName}) type outputName;
            outputSpecified = true;
            drvPath =
              assert condition;
              drv.${outputName}.drvPath;
            outPath =
              assert condition;
              drv.${outputName}.outPath;
          }
          // optionalAttrs (passthru ? overrideAttrs) {
            overrideAttrs = f: (passthru.overrideAttrs f).${outputName};
          };
      };
      outputsList = map outputToAttrListElement outputs;
    in
    commonAttrs
    // {
      drvPath =
        assert condition;
        drv.drvPath;
      outPath =
        assert condition;
        drv.outPath;
    };

  /** Strip a derivation down to what Hydra needs (name, outputs, meta).
      Type: derivation -> derivation.  Example: `hydraJob null` => `null` */
  hydraJob = drv:
    let
      outputs = drv.outputs or [ "out" ];
      commonAttrs =
        {
          inherit (drv) name system meta;
          inherit outputs;
        }
        // optionalAttrs (drv._hydraAggregate or false) {
          _hydraAggregate = true;
          constituents = map hydraJob (lib.lists.flatten drv.constituents);
        }
        // (listToAttrs outputsList);
      makeOutput = outputName:
        let
          output = drv.${outputName};
        in
        {
          name = outputName;
          value = commonAttrs // {
            outPath = output.outPath;
            drvPath = output.drvPath;
            type = "derivation";
            inherit outputName;
          };
        };
      outputsList = map makeOutput outputs;
      drv' = (head outputsList).value;
    in
    if drv == null then null else drv';

  /** A package scope: `f self` plus `callPackage`, `newScope`,
      `overrideScope` and `packages`, where `callPackage` sees the scope.
      Type: (attrs -> (attrs | path) -> attrs -> a) -> (attrs -> attrs) -> attrs.
      Example: `(makeScope (callPackageWith { }) (self: { a = 1; b = self.callPackage ({ a }: a + 1) { }; })).b` => `2` */
  makeScope = newScope: f:
    let
      self = f self // {
        newScope = scope: newScope (self // scope);
        callPackage = self.newScope { };
        overrideScope = g: makeScope newScope (lib.fixedPoints.extends g f);
        overrideScope' = lib.warn "`overrideScope'` (from `lib.makeScope`) has been renamed to `overrideScope`." self.overrideScope;
        packages = f;
      };
    in
    self;

  /** makeScopeWithSplicing' with positional arguments.
      Type: (attrs -> attrs) -> (attrs -> a) -> attrs -> (attrs -> attrs) -> (attrs -> attrs) -> (attrs -> attrs) -> attrs. */
  makeScopeWithSplicing =
    splicePackages: newScope: otherSplices: keep: extra: f:
    makeScopeWithSplicing' { inherit splicePackages newScope; } { inherit otherSplices keep extra f; };

  /** A package scope for cross compilation: like makeScope, but what
      `callPackage` sees is `splicePackages` of the scope at each platform
      pair (`otherSplices.selfBuildBuild`... with this scope as host-target),
      plus `extra spliced` and the unspliced `keep self`.
      Type: { splicePackages, newScope } -> { otherSplices, keep ?, extra ?, f } -> attrs. */
  makeScopeWithSplicing' =
    { splicePackages, newScope }:
    {
      otherSplices,
      keep ? _: { },
      extra ? _: { },
      f,
    }:
    let
      spliced0 = splicePackages {
        pkgsBuildBuild = otherSplices.selfBuildBuild;
        pkgsBuildHost = otherSplices.selfBuildHost;
        pkgsBuildTarget = otherSplices.selfBuildTarget;
        pkgsHostHost = otherSplices.selfHostHost;
        pkgsHostTarget = self;
        pkgsTargetTarget = otherSplices.selfTargetTarget;
      };
      spliced = extra spliced0 // spliced0 // keep self;
      self = f self // {
        newScope = scope: newScope (spliced // scope);
        callPackage = newScope spliced;
        overrideScope =
          g:
          makeScopeWithSplicing' { inherit splicePackages newScope; } {
            inherit otherSplices keep extra;
            f = lib.fixedPoints.extends g f;
          };
        packages = f;
      };
    in
    self;

  /** A new build helper from a mkDerivation-like `constructDrv`: its
      argument (an attribute set or a `finalAttrs:` function) is extended by
      `extendDrvArgs finalAttrs args` (merged over the arguments minus
      `excludeDrvArgNames`), and `transformDrv` is applied to the result.
      `__functionArgs` combine constructDrv's (if `inheritFunctionArgs`,
      minus the excluded names) and extendDrvArgs' own, minus
      `excludeFunctionArgNames`; the inputs are kept as attributes.
      Type: { constructDrv, extendDrvArgs, excludeDrvArgNames ?, excludeFunctionArgNames ?, inheritFunctionArgs ?, transformDrv ? } -> (attrs | attrs -> attrs) -> a. */
  extendMkDerivation =
    {
      constructDrv,
      excludeDrvArgNames ? [ ],
      excludeFunctionArgNames ? [ ],
      extendDrvArgs,
      inheritFunctionArgs ? true,
      transformDrv ? lib.trivial.id,
    }:
    let
      extended =
        fpargs: finalAttrs:
        let
          args = lib.trivial.toFunction fpargs finalAttrs;
        in
        removeAttrs args excludeDrvArgNames // extendDrvArgs finalAttrs args;
      # lib's functionArgs: build helpers are often functors.
      argsOf = lib.trivial.functionArgs;
      inherited = optionalAttrs inheritFunctionArgs (removeAttrs (argsOf constructDrv) excludeDrvArgNames);
    in
    setFunctionArgs (fpargs: transformDrv (constructDrv (extended fpargs))) (
      removeAttrs (inherited // argsOf (extendDrvArgs { })) excludeFunctionArgNames
    )
    // {
      inherit
        constructDrv
        excludeDrvArgNames
        extendDrvArgs
        transformDrv
        ;
    };

  /** The six platform-pair fields of a cross index named with a prefix
      ("pkgsBuildHost"...) renamed to the bare ones ("buildHost"...).
      Type: string -> attrs -> attrs. */
  renameCrossIndexFrom = prefix: x: {
    buildBuild = x."${prefix}BuildBuild";
    buildHost = x."${prefix}BuildHost";
    buildTarget = x."${prefix}BuildTarget";
    hostHost = x."${prefix}HostHost";
    hostTarget = x."${prefix}HostTarget";
    targetTarget = x."${prefix}TargetTarget";
  };

  /** The inverse of renameCrossIndexFrom: bare platform-pair names given a
      prefix.
      Type: string -> attrs -> attrs.  Example: `renameCrossIndexTo "self" idx` has `selfBuildHost` */
  renameCrossIndexTo =
    prefix: x:
    listToAttrs (
      map (pair: {
        name = prefix + lib.strings.toUpper (builtins.substring 0 1 pair) + builtins.substring 1 (builtins.stringLength pair) pair;
        value = x.${pair};
      }) crossPairs
    );

  /** `f` applied to each of a cross index's six fields.
      Type: (a -> b) -> attrs -> attrs.  Example: `mapCrossIndex (x: x * 10) { buildBuild = 1; ... }` */
  mapCrossIndex =
    f:
    {
      buildBuild,
      buildHost,
      buildTarget,
      hostHost,
      hostTarget,
      targetTarget,
    }@index:
    mapAttrs (_: f) index;
}
