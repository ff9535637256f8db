# stdenv.mkDerivation: turns package attributes into a `derivation` whose
# builder is the host's bash running ./default-builder.sh (genericBuild from
# ./setup.sh). Accepts an attribute set or `finalAttrs: { ... }`, and gives
# the result `overrideAttrs`, `passthru` and a checked `meta` (./check-meta.nix).
{
  lib,
  config,
  stdenv,
}:
let
  inherit (lib) optionals optionalAttrs;

  checkMeta = import ./check-meta.nix {
    inherit lib config;
    inherit (stdenv) hostPlatform;
  };

  # Attributes mkDerivation interprets; everything else reaches the builder's
  # environment unchanged.
  consumed = [
    "meta"
    "passthru"
    "pos"
    "env"
    "builder"
    "realBuilder"
    "checkInputs"
    "nativeCheckInputs"
    "installCheckInputs"
    "nativeInstallCheckInputs"
    "__darwinAllowLocalNetworking"
    "__impureHostDeps"
    "__propagatedImpureHostDeps"
    "sandboxProfile"
    "propagatedSandboxProfile"
    "separateDebugInfo"
  ];

  # `overrideAttrs` accepts `{ ... }`, `prev: { ... }` or `final: prev: { ... }`.
  toOverlay =
    f: final: prev:
    if !lib.isFunction f then
      f
    else
      let
        r = f prev;
      in
      if lib.isFunction r then f final prev else r;

  makeExtensible =
    rattrs:
    let
      finalAttrs = rattrs (finalAttrs // { inherit finalPackage; });
      overrideAttrs =
        f:
        makeExtensible (
          self:
          let
            super = rattrs self;
          in
          super // toOverlay f self super
        );
      finalPackage = mkDerivationSimple overrideAttrs finalAttrs;
    in
    finalPackage;

  derivationName =
    attrs:
    if attrs ? name then
      attrs.name
    else if attrs ? pname then
      if attrs ? version then "${attrs.pname}-${attrs.version}" else attrs.pname
    else
      throw "mkDerivation: neither `name` nor `pname` was given";

  mkDerivationSimple =
    overrideAttrs: attrs:
    let
      name = derivationName attrs;
      outputs = attrs.outputs or [ "out" ];
      doCheck = attrs.doCheck or config.doCheckByDefault or false;
      doInstallCheck = attrs.doInstallCheck or config.doCheckByDefault or false;
      env = attrs.env or { };
      overlapping = builtins.attrNames (builtins.intersectAttrs env attrs);

      pos =
        attrs.pos or (
          let
            p = builtins.unsafeGetAttrPos "description" (attrs.meta or { });
          in
          if p != null then
            p
          else if attrs ? pname then
            builtins.unsafeGetAttrPos "pname" attrs
          else
            builtins.unsafeGetAttrPos "name" attrs
        );

      derivationArg =
        builtins.removeAttrs attrs consumed
        // {
          inherit name outputs;
          builder = attrs.realBuilder or stdenv.shell;
          args = attrs.args or [
            "-e"
            (attrs.builder or ./default-builder.sh)
          ];
          inherit stdenv;
          system = stdenv.hostPlatform.system;
          nativeBuildInputs =
            (attrs.nativeBuildInputs or [ ])
            ++ optionals doCheck (attrs.nativeCheckInputs or [ ])
            ++ optionals doInstallCheck (attrs.nativeInstallCheckInputs or [ ]);
          buildInputs =
            (attrs.buildInputs or [ ])
            ++ optionals doCheck (attrs.checkInputs or [ ])
            ++ optionals doInstallCheck (attrs.installCheckInputs or [ ]);
          propagatedBuildInputs = attrs.propagatedBuildInputs or [ ];
          propagatedNativeBuildInputs = attrs.propagatedNativeBuildInputs or [ ];
          strictDeps = attrs.strictDeps or config.strictDepsByDefault or false;
          inherit doCheck doInstallCheck;
          __ignoreNulls = true;
        }
        // optionalAttrs (attrs.enableParallelBuilding or false) {
          enableParallelChecking = attrs.enableParallelChecking or true;
          enableParallelInstalling = attrs.enableParallelInstalling or true;
        }
        // (
          if overlapping == [ ] then
            env
          else
            throw "The ‘env’ attribute set cannot contain any attributes passed to derivation. The following attributes are overlapping:\n${lib.concatMapStrings (n: "  - ${n}\n") overlapping}"
        );

      meta = checkMeta.commonMeta {
        inherit attrs pos outputs;
      };
      validity = checkMeta.assertValidity (attrs // { inherit meta; });
      passthru = attrs.passthru or { };
    in
    lib.extendDerivation validity.handled (
      {
        inherit meta overrideAttrs passthru;
      }
      // passthru
    ) (derivation derivationArg);
in
fnOrAttrs: if lib.isFunction fnOrAttrs then makeExtensible fnOrAttrs else makeExtensible (_: fnOrAttrs)
