# The package set itself: arguments, the fixed point of overlays, config,
# the calling conventions and the ways to derive a new set.
{ lib, pkgs, nixpkgs }:
let
  withOverlays =
    overlays:
    import nixpkgs {
      config = { };
      inherit overlays;
    };
  o1 = final: prev: {
    greeting = "hello ${final.who}";
    who = "world";
  };
  o2 = final: prev: {
    who = "overlay";
    previous = prev.who;
  };
  s = withOverlays [ o1 o2 ];
  callee = { writeText, who ? "default" }: writeText "callee" who;
in
{
  basics = {
    expr = {
      inherit (pkgs) system;
      path = pkgs.path == nixpkgs;
      libIsLib = pkgs.lib ? fix && pkgs.lib ? mkOption;
      selfRef = pkgs.pkgs.pkgs ? writeText;
      buildPackages = pkgs.buildPackages ? runCommand;
    };
    expected = {
      system = builtins.currentSystem;
      path = true;
      libIsLib = true;
      selfRef = true;
      buildPackages = true;
    };
  };

  explicitSystem = {
    expr = (import nixpkgs { system = "aarch64-linux"; config = { }; overlays = [ ]; }).stdenv.hostPlatform.isAarch64;
    expected = true;
  };

  localSystem = {
    expr = (import nixpkgs { localSystem.system = "x86_64-linux"; config = { }; overlays = [ ]; }).system;
    expected = "x86_64-linux";
  };

  platforms = {
    expr = with pkgs.stdenv; {
      linux = isLinux;
      darwin = isDarwin;
      same = hostPlatform.system == buildPlatform.system && targetPlatform.system == hostPlatform.system;
      top = pkgs.hostPlatform.system == pkgs.stdenv.hostPlatform.system;
      shell = shell;
    };
    expected = {
      linux = lib.hasSuffix "-linux" builtins.currentSystem;
      darwin = lib.hasSuffix "-darwin" builtins.currentSystem;
      same = true;
      top = true;
      shell = "/bin/bash";
    };
  };

  crossRefused = {
    expr = (import nixpkgs { crossSystem = "aarch64-linux"; localSystem = "x86_64-linux"; config = { }; overlays = [ ]; }).system;
    expectedError = true;
  };

  overlaysFixpoint = {
    expr = {
      inherit (s) greeting who previous;
    };
    expected = {
      greeting = "hello overlay";
      who = "overlay";
      previous = "world";
    };
  };

  overlayNotAFunction = {
    expr = (withOverlays [ { } ]).writeText;
    expectedError = true;
  };

  # formats use `pkgs.writeText`, which must be the final one.
  overlayReplacesBuilder = {
    expr =
      ((withOverlays [ (final: prev: { writeText = n: t: { replaced = n; }; }) ]).formats.json { }).generate "x" { };
    expected = {
      replaced = "x";
    };
  };

  overlaySeesPackages = {
    expr = ((withOverlays [ (final: prev: { mine = final.writeText "mine" "text"; }) ]).mine).name;
    expected = "mine";
  };

  extend = {
    expr = (s.extend (final: prev: { who = "extended"; })).greeting;
    expected = "hello extended";
  };

  appendOverlays = {
    expr = (pkgs.appendOverlays [ o1 ]).greeting;
    expected = "hello world";
  };

  appendNothing = {
    expr = (pkgs.appendOverlays [ ]) == pkgs;
    expected = true;
  };

  packageOverrides = {
    expr =
      (import nixpkgs {
        config.packageOverrides = super: { who = "config"; viaSuper = super ? writeText; };
        overlays = [ o1 ];
      }).greeting;
    expected = "hello world";
  };

  packageOverridesApplied = {
    expr =
      let
        p = import nixpkgs {
          config.packageOverrides = super: { who2 = "config"; viaSuper = super ? writeText; };
          overlays = [ ];
        };
      in
      [ p.who2 p.viaSuper ];
    expected = [ "config" true ];
  };

  configDefaults = {
    expr = {
      inherit (pkgs.config) allowUnfree allowBroken allowAliases;
    };
    expected = {
      allowUnfree = false;
      allowBroken = false;
      allowAliases = true;
    };
  };

  configFunction = {
    expr = (import nixpkgs { config = { pkgs }: { fromPkgs = pkgs ? writeText; }; overlays = [ ]; }).config.fromPkgs;
    expected = true;
  };

  aliases = {
    expr = [ (pkgs ? runCommandNoCC) ((import nixpkgs { config.allowAliases = false; overlays = [ ]; }) ? runCommandNoCC) ];
    expected = [ true false ];
  };

  callPackageAutoArgs = {
    expr = (pkgs.callPackage callee { }).text;
    expected = "default";
  };

  callPackageExplicit = {
    expr = (pkgs.callPackage callee { who = "given"; }).text;
    expected = "given";
  };

  callPackageOverride = {
    expr = ((pkgs.callPackage callee { }).override { who = "over"; }).text;
    expected = "over";
  };

  callPackageOverrideAttrs = {
    expr = ((pkgs.callPackage callee { }).overrideAttrs (old: { text = old.text + "!"; })).text;
    expected = "default!";
  };

  newScope = {
    expr = ((pkgs.newScope { who = "scoped"; }) callee { }).text;
    expected = "scoped";
  };

  callPackages = {
    expr = lib.mapAttrs (_: d: d.text) (
      pkgs.callPackages ({ writeText }: { a = writeText "a" "A"; b = writeText "b" "B"; }) { }
    );
    expected = {
      a = "A";
      b = "B";
    };
  };

  nixpkgsLib = {
    expr = (import (nixpkgs + "/lib")).id 3;
    expected = 3;
  };
}
