# Derivation metadata: priorities, names, platform matching, licenses by
# SPDX id, and the path of a package's main program (getExe).
{ lib }:
let
  inherit (builtins) isString typeOf match any all;
in
rec {
  /** Add attributes to a derivation's `meta` (via overrideAttrs when it has one).
      Type: attrs -> derivation -> derivation.  Example: `(addMetaAttrs { a = 1; } { }).meta` => `{ a = 1; }` */
  addMetaAttrs = newAttrs: drv:
    if drv ? overrideAttrs then
      drv.overrideAttrs (old: { meta = (old.meta or { }) // newAttrs; })
    else
      drv // { meta = (drv.meta or { }) // newAttrs; };

  /** Keep Hydra from building and distributing a package.
      Type: derivation -> derivation.  Example: `(dontDistribute { }).meta.hydraPlatforms` => `[ ]` */
  dontDistribute = drv: addMetaAttrs { hydraPlatforms = [ ]; } drv;

  /** Replace a derivation's name.
      Type: string -> derivation -> derivation.  Example: `(setName "b" { name = "a"; }).name` => `"b"` */
  setName = name: drv: drv // { inherit name; };

  /** Transform a derivation's name with a function.
      Type: (string -> string) -> derivation -> derivation.  Example: `(updateName (n: n + "x") { name = "a"; }).name` => `"ax"` */
  updateName = updater: drv: drv // { name = updater drv.name; };

  /** Insert a suffix between a derivation's name and version.
      Type: string -> derivation -> derivation.  Example: `(appendToName "x" { name = "a-1.0"; }).name` => `"a-x-1.0"` */
  appendToName = suffix:
    updateName (
      name:
      let
        x = builtins.parseDrvName name;
      in
      "${x.name}-${suffix}-${x.version}"
    );

  /** Apply `f` to every derivation among the values of a set.
      Type: (derivation -> a) -> attrs -> attrs.  Example: `mapDerivationAttrset lowPrio pkgs` */
  mapDerivationAttrset = f: set: builtins.mapAttrs (name: pkg: if lib.attrsets.isDerivation pkg then f pkg else pkg) set;

  /** The priority packages get when none is set.
      Type: int.  Example: `defaultPriority` => `5` */
  defaultPriority = 5;

  /** Set `meta.priority` (lower wins in nix-env/buildEnv conflicts).
      Type: int -> derivation -> derivation.  Example: `(setPrio 3 { }).meta.priority` => `3` */
  setPrio = priority: addMetaAttrs { inherit priority; };

  /** Priority 10 (loses conflicts) / -10 (wins conflicts).
      Type: derivation -> derivation.  Example: `(lowPrio { }).meta.priority` => `10` */
  lowPrio = setPrio 10;
  hiPrio = setPrio (-10);

  /** `lowPrio` / `hiPrio` on every derivation of a set.
      Type: attrs -> attrs.  Example: `lowPrioSet { a = drv; }` */
  lowPrioSet = set: mapDerivationAttrset lowPrio set;
  hiPrioSet = set: mapDerivationAttrset hiPrio set;

  /** Whether a platform matches a `meta.platforms` element: a system
      string, or an attribute-set pattern on the parsed platform.
      Type: platform -> (string | attrs) -> bool.
      Example: `platformMatch { system = "x86_64-linux"; } "x86_64-linux"` => `true` */
  platformMatch = platform: elem:
    if isString elem then
      platform ? system && elem == platform.system
    else
      lib.attrsets.matchAttrs (if elem ? parsed then elem else { parsed = elem; }) platform;

  /** Whether a package is available on a platform per its `meta.platforms`
      and `meta.badPlatforms`.
      Type: platform -> derivation -> bool.
      Example: `availableOn { system = "x86_64-linux"; } { meta.platforms = [ "x86_64-linux" ]; }` => `true` */
  availableOn = platform: pkg:
    ((!pkg ? meta.platforms) || any (platformMatch platform) pkg.meta.platforms)
    && all (elem: !platformMatch platform elem) (pkg.meta.badPlatforms or [ ]);

  /** The licenses of `lib.licenses` keyed by SPDX id.
      Type: attrs.  Example: `licensesSpdx.MIT.shortName` => `"mit"` */
  licensesSpdx = lib.attrsets.mapAttrs' (_: license: {
    name = license.spdxId;
    value = license;
  }) (lib.attrsets.filterAttrs (_: license: license ? spdxId) lib.licenses);

  /** The license with an SPDX id (case-insensitive), or a warning and `{ shortName = id; }`.
      Type: string -> attrs.  Example: `(getLicenseFromSpdxId "mit").shortName` => `"mit"` */
  getLicenseFromSpdxId = licstr:
    getLicenseFromSpdxIdOr licstr (
      lib.warn "getLicenseFromSpdxId: No license matches the given SPDX ID: ${licstr}" { shortName = licstr; }
    );

  /** The license with an SPDX id (case-insensitive), or the default.
      Type: string -> a -> attrs | a.  Example: `getLicenseFromSpdxIdOr "nope" null` => `null` */
  getLicenseFromSpdxIdOr =
    let
      lowercased = lib.attrsets.mapAttrs' (name: value: {
        name = lib.strings.toLower name;
        inherit value;
      }) licensesSpdx;
    in
    licstr: default: lowercased.${lib.strings.toLower licstr} or default;

  /** The path of a package's main program: `<bin output>/bin/<meta.mainProgram>`,
      falling back (with a warning) to the package name.
      Type: derivation -> string.  Example: `getExe pkgs.hello` => `"/nix/store/...-hello/bin/hello"` */
  getExe = x:
    getExe' x (
      x.meta.mainProgram or (lib.warn
        "getExe: Package ${lib.strings.escapeNixIdentifier x.meta.name or x.pname or x.name} does not have the meta.mainProgram attribute. We'll assume that the main program has the same name for now, but this behavior is deprecated, because it leads to surprising errors when the assumption does not hold. If the package has a main program, please set `meta.mainProgram` in its definition to make this warning go away. Otherwise, if the package does not have a main program, or if you don't control its definition, use getExe' to specify the name to the program, such as lib.getExe' foo \"bar\"."
        (lib.strings.getName x)
      )
    );

  /** The path of a named program in a package's bin output.
      Type: derivation -> string -> string.  Example: `getExe' pkgs.imagemagick "convert"` */
  getExe' = x: y:
    assert lib.asserts.assertMsg (lib.attrsets.isDerivation x)
      "lib.meta.getExe': The first argument is of type ${typeOf x}, but it should be a derivation instead.";
    assert lib.asserts.assertMsg (isString y)
      "lib.meta.getExe': The second argument is of type ${typeOf y}, but it should be a string instead.";
    assert lib.asserts.assertMsg (match ".*/.*" y == null)
      "lib.meta.getExe': The second argument \"${y}\" is a nested path with a \"/\" character, but it should just be the name of the executable instead.";
    "${lib.attrsets.getBin x}/bin/${y}";

  /** CPE parts (meta.identifiers.cpeParts) for a package whose whole
      version is the CPE version: `update` is "*".
      Type: string -> string -> attrs.
      Example: `cpeFullVersionWithVendor "gnu" "1.2.3"` => `{ vendor = "gnu"; version = "1.2.3"; update = "*"; }` */
  cpeFullVersionWithVendor = vendor: version: {
    inherit vendor version;
    update = "*";
  };

  /** CPE parts splitting an X.Y.Z version into version "X.Y" and update
      "Z", as { success = true; value; }, or { success = false; error; }
      when the version has no such form.
      Type: string -> string -> attrs.
      Example: `(tryCPEPatchVersionInUpdateWithVendor "gnu" "1.2.3").value` => `{ vendor = "gnu"; version = "1.2"; update = "3"; }` */
  tryCPEPatchVersionInUpdateWithVendor =
    vendor: version:
    let
      pattern = "([0-9]+\\.[0-9]+)\\.([0-9]+)";
      # toString: a version may be a set with __toString.
      m = builtins.match pattern (toString version);
    in
    if m == null then
      {
        success = false;
        error = "version ${version} doesn't match regex `${pattern}`";
      }
    else
      {
        success = true;
        value = {
          inherit vendor;
          version = builtins.elemAt m 0;
          update = builtins.elemAt m 1;
        };
      };

  /** tryCPEPatchVersionInUpdateWithVendor's value, or its error thrown.
      Type: string -> string -> attrs. */
  cpePatchVersionInUpdateWithVendor =
    vendor: version:
    let
      r = tryCPEPatchVersionInUpdateWithVendor vendor version;
    in
    if r.success then r.value else throw r.error;
}
