# The first layer: what every package needs before any package exists. lib,
# config and the platforms; the stdenv; the calling conventions (callPackage,
# newScope, callPackages); and the ways to derive a new set (extend,
# appendOverlays). Build, host and target package sets are all `final`.
{
  lib,
  config,
  platform,
  args,
}:
final: prev:
let
  stdenv = import ../../stdenv {
    inherit lib config;
    hostPlatform = platform;
  };
  reimport = extraOverlays: import ./. (args // { overlays = (args.overlays or [ ]) ++ extraOverlays; });
in
{
  inherit lib config stdenv;
  path = ../..;
  system = platform.system;
  stdenvNoCC = stdenv;
  inherit (stdenv) buildPlatform hostPlatform targetPlatform;

  pkgs = final;
  buildPackages = final;
  targetPackages = final;
  pkgsBuildBuild = final;
  pkgsBuildHost = final;
  pkgsBuildTarget = final;
  pkgsHostHost = final;
  pkgsHostTarget = final;
  pkgsTargetTarget = final;
  __splicedPackages = final;

  newScope = extra: lib.callPackageWith (final // extra);
  callPackage = final.newScope { };
  callPackages = lib.callPackagesWith final;

  appendOverlays = extraOverlays: if extraOverlays == [ ] then final else reimport extraOverlays;
  extend = f: reimport [ f ];

  recurseIntoAttrs = lib.recurseIntoAttrs;
}
