# The pure package-set constructor. The set is the fixed point of a list of
# layers, each an overlay `final: prev: { ... }`, applied in this order:
#   1. stage.nix        lib, config, platforms, stdenv, callPackage & co.
#   2. all-packages.nix builders, formats and host-provided packages
#   3. ../../debian     Debian packages (overlay.nix, when that layer exists)
#   4. aliases.nix      old names, unless config.allowAliases = false
#   5. config.packageOverrides, then the caller's overlays.
# Cross compilation is not supported: build, host and target are one platform.
{
  localSystem,
  crossSystem ? localSystem,
  config ? { },
  overlays ? [ ],
  crossOverlays ? [ ],
  ...
}@args:
let
  lib = import ../../lib;

  elaborate = s: lib.systems.elaborate (if builtins.isString s then { system = s; } else s);
  localPlatform = elaborate localSystem;
  crossPlatform = elaborate crossSystem;

  checkedOverlays =
    if !builtins.isList overlays then
      throw "The overlays argument to nixpkgs must be a list."
    else
      map (
        o: if lib.isFunction o then o else throw "One of the overlays passed to nixpkgs is not a function."
      ) overlays;

  # `config` may be a function of the finished set, as in nixpkgs.
  userConfig = if lib.isFunction config then config { pkgs = self; } else config;
  finalConfig = import ./config.nix { inherit lib; } userConfig;

  debianOverlay =
    let
      file = ../../debian/overlay.nix;
    in
    if builtins.pathExists file then import file else (final: prev: { });

  packageOverrides = final: prev: (finalConfig.packageOverrides or (super: { })) prev;

  layers = [
    (import ./stage.nix {
      inherit lib args;
      config = finalConfig;
      platform = localPlatform;
    })
    (import ./all-packages.nix { inherit lib; })
    debianOverlay
  ]
  ++ lib.optional (finalConfig.allowAliases or true) (import ./aliases.nix { inherit lib; })
  ++ [ packageOverrides ]
  ++ checkedOverlays
  ++ crossOverlays;

  self = lib.fix (lib.extends (lib.composeManyExtensions layers) (final: { }));
in
if crossPlatform.system != localPlatform.system || (crossPlatform.config or null) != (localPlatform.config or null) then
  throw "Hearth's package set does not support cross compilation (localSystem ${localPlatform.system}, crossSystem ${crossPlatform.system})."
else
  self
