# Hearth's nixpkgs-compatible `lib`: `import ./. ` gives the same attribute
# layout as `nixpkgs/lib`. Each theme file is `{ lib }: { ... }` and sees the
# finished, extensible lib through `lib`, so files may use each other freely.
# The module system (modules, types, options) lives in its own files, owned
# separately; its top-level names are re-exported here by name.
let
  inherit (import ./fixed-points.nix { lib = null; }) makeExtensible;

  lib = makeExtensible (
    self:
    let
      callLibs = file: import file { lib = self; };

      # Theme files whose public names also appear at the top level. Their
      # attribute names must not depend on `lib`, or the fixed point recurses.
      sub = {
        trivial = callLibs ./trivial.nix;
        fixedPoints = callLibs ./fixed-points.nix;
        attrsets = callLibs ./attrsets.nix;
        lists = callLibs ./lists.nix;
        strings = callLibs ./strings.nix;
        stringsWithDeps = callLibs ./strings-with-deps.nix;
        customisation = callLibs ./customisation.nix;
        derivations = callLibs ./derivations.nix;
        meta = callLibs ./meta.nix;
        asserts = callLibs ./asserts.nix;
        debug = callLibs ./debug.nix;
        sources = callLibs ./sources.nix;
        filesystem = callLibs ./filesystem.nix;
      };
    in
    sub
    // {
      # Namespaces that are not flattened into the top level.
      versions = callLibs ./versions.nix;
      generators = callLibs ./generators.nix;
      cli = callLibs ./cli.nix;
      gvariant = callLibs ./gvariant.nix;
      misc = callLibs ./misc.nix;
      sourceTypes = callLibs ./source-types.nix;
      fetchers = callLibs ./fetchers.nix;
      kernel = callLibs ./kernel.nix;
      network = callLibs ./network.nix;
      systems = callLibs ./systems;
      licenses = callLibs ./licenses.nix;
      maintainers = callLibs ./maintainers.nix;
      teams = callLibs ./teams.nix;
      path = callLibs ./path;
      fileset = callLibs ./fileset.nix;
      platforms = self.systems.doubles;

      # The module system, written separately.
      modules = callLibs ./modules.nix;
      types = callLibs ./types.nix;
      options = callLibs ./options.nix;
    }
    // sub.trivial
    // sub.fixedPoints
    // sub.lists
    # strings.replicate repeats a string; the top-level name is the list one.
    // builtins.removeAttrs sub.strings [ "replicate" ]
    // sub.attrsets
    // sub.stringsWithDeps
    // sub.customisation
    // sub.derivations
    // sub.meta
    // sub.asserts
    // sub.debug
    // sub.sources
    // sub.filesystem
    // {
      # Builtins nixpkgs also exposes at the top level.
      inherit (builtins) addErrorContext trace unsafeGetAttrPos;
      inherit (self.versions) splitVersion;
      inherit (self.generators) mkLuaInline;
      # nixpkgs' deprecated helpers, still reachable as lib.NAME.
      inherit (self.misc)
        maybeEnv
        defaultMergeArg
        defaultMerge
        foldArgs
        maybeAttrNullable
        maybeAttr
        ifEnable
        checkFlag
        getValue
        checkReqs
        uniqList
        uniqListExt
        condConcat
        lazyGenericClosure
        innerModifySumArgs
        modifySumArgs
        innerClosePropagation
        closePropagation
        mapAttrsFlatten
        nvs
        setAttr
        setAttrMerge
        mergeAttrsWithFunc
        mergeAttrsConcatenateValues
        mergeAttrsNoOverride
        mergeAttrByFunc
        mergeAttrsByFuncDefaults
        mergeAttrsByFuncDefaultsClean
        mergeAttrBy
        fakeHash
        fakeSha256
        fakeSha512
        nixType
        imap
        ;
      # Module-system names nixpkgs exposes at the top level. `inherit` is lazy,
      # so a name the module files do not (yet) define fails only when used.
      inherit (self.modules)
        evalModules
        setDefaultModuleLocation
        unifyModuleSyntax
        applyModuleArgsIfFunction
        mergeModules
        mergeModules'
        mergeOptionDecls
        evalOptionValue
        mergeDefinitions
        pushDownProperties
        dischargeProperties
        filterOverrides
        sortProperties
        fixupOptionType
        mkIf
        mkAssert
        mkDefinition
        mkMerge
        mkOverride
        mkOptionDefault
        mkDefault
        mkImageMediaOverride
        mkForce
        mkVMOverride
        mkFixStrictness
        mkOrder
        mkBefore
        mkAfter
        mkAliasDefinitions
        mkAliasAndWrapDefinitions
        fixMergeModules
        mkRemovedOptionModule
        mkRenamedOptionModule
        mkRenamedOptionModuleWith
        mkMergedOptionModule
        mkChangedOptionModule
        mkAliasOptionModule
        mkDerivedConfig
        doRename
        mkAliasOptionModuleMD
        importApply
        ;
      inherit (self.options)
        isOption
        mkEnableOption
        mkSinkUndeclaredOptions
        mergeDefaultOption
        mergeOneOption
        mergeEqualOption
        mergeUniqueOption
        getValues
        getFiles
        optionAttrSetToDocList
        optionAttrSetToDocList'
        scrubOptionValue
        literalExpression
        literalExample
        showOption
        showOptionWithDefLocs
        showFiles
        showDefs
        unknownModule
        mkOption
        mkPackageOption
        mkPackageOptionMD
        literalMD
        ;
      inherit (self.types)
        isType
        setType
        defaultTypeMerge
        defaultFunctor
        isOptionType
        mkOptionType
        ;
    }
  );
in
lib
