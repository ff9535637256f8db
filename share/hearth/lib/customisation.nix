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
}
