# Meta handling for mkDerivation: fills in the derived meta fields and
# decides whether a package may be evaluated under `config` (unfree, broken,
# insecure, unsupported platform). Refusals throw nixpkgs' message text only
# when the package's outPath or drvPath is forced, so `meta` stays readable.
{
  lib,
  config,
  hostPlatform,
}:
let
  envIs = name: builtins.getEnv name == "1";

  allowUnfree = config.allowUnfree or false || envIs "NIXPKGS_ALLOW_UNFREE";
  allowBroken = config.allowBroken or false || envIs "NIXPKGS_ALLOW_BROKEN";
  allowUnsupportedSystem = config.allowUnsupportedSystem or false || envIs "NIXPKGS_ALLOW_UNSUPPORTED_SYSTEM";
  allowInsecure = envIs "NIXPKGS_ALLOW_INSECURE";

  allowlist = config.allowlistedLicenses or config.whitelistedLicenses or [ ];
  blocklist = config.blocklistedLicenses or config.blacklistedLicenses or [ ];

  allowUnfreePredicate = config.allowUnfreePredicate or (_: false);
  allowInsecurePredicate =
    config.allowInsecurePredicate or (x: builtins.elem (fullName x) (config.permittedInsecurePackages or [ ]));

  licensesOf = attrs: lib.toList (attrs.meta.license or [ ]);
  isUnfree = licenses: lib.any (l: !(l.free or true)) licenses;
  hasLicense = attrs: attrs ? meta.license;
  hasAllowlistedLicense = attrs: hasLicense attrs && lib.any (l: builtins.elem l allowlist) (licensesOf attrs);
  hasBlocklistedLicense = attrs: hasLicense attrs && lib.any (l: builtins.elem l blocklist) (licensesOf attrs);
  hasDeniedUnfreeLicense =
    attrs:
    hasLicense attrs
    && isUnfree (licensesOf attrs)
    && !allowUnfree
    && !hasAllowlistedLicense attrs
    && !allowUnfreePredicate attrs;

  isMarkedBroken = attrs: attrs.meta.broken or false;
  isMarkedInsecure = attrs: (attrs.meta.knownVulnerabilities or [ ]) != [ ];
  hasUnsupportedPlatform = attrs: !(lib.meta.availableOn hostPlatform attrs);

  showLicense = l: l.shortName or l.spdxId or "unknown";
  showLicenses = attrs: toString (map showLicense (licensesOf attrs));

  fullName =
    attrs:
    attrs.name or (if attrs ? version then "${attrs.pname}-${attrs.version}" else attrs.pname or "«name-missing»");
  # The "Package ‘x’ in file:line" prefix, with nixpkgs' curly quotes.
  prefix = attrs: "Package ‘${fullName attrs}’ in ${attrs.meta.position or "«unknown-file»"}";

  # Messages are built from explicit lines: their indentation is part of
  # the text users compare against.
  lines = ls: lib.concatMapStrings (l: l + "\n") ls;

  flakeNote = [
    ""
    "   Note: When using `nix shell`, `nix build`, `nix develop`, etc with a flake,"
    "         then pass `--impure` in order to allow use of environment variables."
  ];

  # The three ways out, as nixpkgs lists them: an environment variable, a
  # NixOS option and the user's config file.
  remediation =
    {
      kind,
      envVar,
      option,
      predicate ? null,
    }:
    attrs:
    lines (
      [
        ""
        "a) To temporarily allow ${kind}, you can use an environment variable"
        "   for a single invocation of the nix tools."
        ""
        "     $ export ${envVar}=1"
      ]
      ++ flakeNote
      ++ [
        ""
        "b) For `nixos-rebuild` you can set"
        "  { nixpkgs.config.${option} = true; }"
        "in configuration.nix to override this."
        ""
      ]
      ++ lib.optionals (predicate != null) [
        "Alternatively you can configure a predicate to allow specific packages:"
        "  { nixpkgs.config.${predicate} = pkg: builtins.elem (lib.getName pkg) ["
        "      \"${lib.getName attrs}\""
        "    ];"
        "  }"
        ""
      ]
      ++ [
        "c) For `nix-env`, `nix-build`, `nix-shell` or any other Nix command you can add"
        "  { ${option} = true; }"
        "to ~/.config/nixpkgs/config.nix."
      ]
    );

  remediateUnfree = remediation {
    kind = "unfree packages";
    envVar = "NIXPKGS_ALLOW_UNFREE";
    option = "allowUnfree";
    predicate = "allowUnfreePredicate";
  };
  remediateBroken = remediation {
    kind = "broken packages";
    envVar = "NIXPKGS_ALLOW_BROKEN";
    option = "allowBroken";
  };
  remediateUnsupported = remediation {
    kind = "packages that are unsupported for this system";
    envVar = "NIXPKGS_ALLOW_UNSUPPORTED_SYSTEM";
    option = "allowUnsupportedSystem";
  };

  remediateInsecure =
    attrs:
    let
      n = fullName attrs;
    in
    lines (
      [
        ""
        ""
        "Known issues:"
      ]
      ++ map (i: " - ${i}") attrs.meta.knownVulnerabilities
      ++ [
        ""
        "You can install it anyway by allowing this package, using the"
        "following methods:"
        ""
        "a) To temporarily allow all insecure packages, you can use an environment"
        "   variable for a single invocation of the nix tools:"
        ""
        "     $ export NIXPKGS_ALLOW_INSECURE=1"
      ]
      ++ flakeNote
      ++ [
        ""
        "b) for `nixos-rebuild` you can add ‘${n}’ to"
        "   `nixpkgs.config.permittedInsecurePackages` in the configuration.nix,"
        "   like so:"
        ""
        "     {"
        "       nixpkgs.config.permittedInsecurePackages = ["
        "         \"${n}\""
        "       ];"
        "     }"
        ""
        "c) For `nix-env`, `nix-build`, `nix-shell` or any other Nix command you can add"
        "‘${n}’ to `permittedInsecurePackages` in"
        "~/.config/nixpkgs/config.nix, like so:"
        ""
        "     {"
        "       permittedInsecurePackages = ["
        "         \"${n}\""
        "       ];"
        "     }"
      ]
    );

  # null when the package may be evaluated, else { reason; msg; }.
  checkValidity =
    attrs:
    if hasDeniedUnfreeLicense attrs && !(hasAllowlistedLicense attrs) then
      {
        reason = "unfree";
        msg = "${prefix attrs} has an unfree license (‘${showLicenses attrs}’), refusing to evaluate.\n" + remediateUnfree attrs;
      }
    else if hasBlocklistedLicense attrs then
      {
        reason = "blocklisted";
        msg = "${prefix attrs} has a blocklisted license (‘${showLicenses attrs}’), refusing to evaluate.\n";
      }
    else if !allowBroken && isMarkedBroken attrs then
      {
        reason = "broken";
        msg = "${prefix attrs} is marked as broken, refusing to evaluate.\n" + remediateBroken attrs;
      }
    else if !allowUnsupportedSystem && hasUnsupportedPlatform attrs then
      {
        reason = "unsupported";
        msg =
          "${prefix attrs} is not available on the requested hostPlatform:\n"
          + "  hostPlatform.system = \"${hostPlatform.system}\"\n"
          + "  package.meta.platforms = ${lib.generators.toPretty { } (attrs.meta.platforms or [ ])}\n"
          + "  package.meta.badPlatforms = ${lib.generators.toPretty { } (attrs.meta.badPlatforms or [ ])}\n"
          + remediateUnsupported attrs;
      }
    else if !allowInsecure && isMarkedInsecure attrs && !allowInsecurePredicate attrs then
      {
        reason = "insecure";
        msg = "${prefix attrs} is marked as insecure, refusing to evaluate." + remediateInsecure attrs;
      }
    else
      null;
in
{
  # Exposed for tests: null, or { reason; msg; } for a refused package.
  inherit checkValidity;

  # The meta a derivation carries: the caller's, plus the fields nixpkgs
  # derives (name, position, outputsToInstall, availability flags).
  commonMeta =
    {
      attrs,
      pos,
      outputs,
    }:
    let
      meta = attrs.meta or { };
      base =
        {
          name = fullName attrs;
          outputsToInstall =
            let
              hasOutput = o: builtins.elem o outputs;
            in
            [ (lib.findFirst hasOutput null ([ "bin" "out" ] ++ outputs)) ] ++ lib.optional (hasOutput "man") "man";
        }
        // lib.optionalAttrs (attrs ? pname) { inherit (attrs) pname; }
        // lib.optionalAttrs (attrs ? version) { inherit (attrs) version; }
        // lib.optionalAttrs (pos != null) { position = "${pos.file}:${toString pos.line}"; }
        // meta;
      validity = checkValidity (attrs // { meta = base; });
    in
    base
    // {
      available = validity == null;
      unfree = hasLicense attrs && isUnfree (licensesOf attrs);
      broken = meta.broken or false;
      insecure = isMarkedInsecure attrs;
      unsupported = hasUnsupportedPlatform (attrs // { meta = base; });
    };

  # `handled` is true, or throws the refusal; mkDerivation asserts it when
  # the package's paths are forced.
  assertValidity =
    attrs:
    let
      validity = checkValidity attrs;
    in
    {
      valid = validity == null;
      handled = if validity == null then true else throw validity.msg;
    };
}
