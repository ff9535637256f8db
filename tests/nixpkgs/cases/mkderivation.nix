# stdenv.mkDerivation: names, the builder's environment, outputs, passthru,
# meta, overrideAttrs (both forms) and finalAttrs.
{ lib, pkgs, nixpkgs }:
let
  inherit (pkgs) stdenv;
  hello = stdenv.mkDerivation {
    pname = "hello";
    version = "2.12";
    src = null;
    buildInputs = [ pkgs.coreutils ];
    nativeBuildInputs = [ pkgs.gnused ];
    makeFlags = [ "A=1" "B=2" ];
    doCheck = true;
    nativeCheckInputs = [ pkgs.diffutils ];
    passthru.tests = "passed-through";
    meta = {
      description = "A program that greets";
      mainProgram = "hello";
    };
  };
  multi = stdenv.mkDerivation {
    name = "multi";
    outputs = [ "out" "dev" "man" ];
  };
  recursive = stdenv.mkDerivation (finalAttrs: {
    pname = "rec";
    version = "1";
    greeting = "v${finalAttrs.version}";
  });
in
{
  name = {
    expr = [ hello.name hello.pname hello.version (stdenv.mkDerivation { pname = "solo"; }).name ];
    expected = [ "hello-2.12" "hello" "2.12" "solo" ];
  };

  builder = {
    expr = {
      inherit (hello.drvAttrs) builder system;
      args0 = builtins.head hello.drvAttrs.args;
      script = lib.hasSuffix "default-builder.sh" (toString (lib.last hello.drvAttrs.args));
      stdenv = hello.drvAttrs.stdenv == stdenv;
    };
    expected = {
      builder = "/bin/bash";
      system = builtins.currentSystem;
      args0 = "-e";
      script = true;
      stdenv = true;
    };
  };

  environment = {
    expr = {
      inherit (hello.drvAttrs) makeFlags doCheck strictDeps;
      nativeBuildInputs = map (d: d.pname) hello.drvAttrs.nativeBuildInputs;
      buildInputs = map (d: d.pname) hello.drvAttrs.buildInputs;
      noMeta = hello.drvAttrs ? meta;
      noPassthru = hello.drvAttrs ? passthru;
    };
    expected = {
      makeFlags = [ "A=1" "B=2" ];
      doCheck = true;
      strictDeps = false;
      nativeBuildInputs = [ "gnused" "diffutils" ];
      buildInputs = [ "coreutils" ];
      noMeta = false;
      noPassthru = false;
    };
  };

  checkInputsOnlyWhenChecking = {
    expr = map (d: d.pname) (hello.overrideAttrs { doCheck = false; }).drvAttrs.nativeBuildInputs;
    expected = [ "gnused" ];
  };

  envAttribute = {
    expr = (stdenv.mkDerivation { name = "e"; env.NIX_CFLAGS = "-O2"; }).drvAttrs.NIX_CFLAGS;
    expected = "-O2";
  };

  envOverlap = {
    expr = (stdenv.mkDerivation { name = "e"; foo = "a"; env.foo = "b"; }).drvPath;
    expectedError = true;
  };

  passthru = {
    expr = [ hello.tests hello.passthru.tests ];
    expected = [ "passed-through" "passed-through" ];
  };

  meta = {
    expr = {
      inherit (hello.meta) name description mainProgram available outputsToInstall;
      position = lib.hasInfix "tests/nixpkgs/cases/mkderivation.nix:" hello.meta.position;
    };
    expected = {
      name = "hello-2.12";
      description = "A program that greets";
      mainProgram = "hello";
      available = true;
      outputsToInstall = [ "out" ];
      position = true;
    };
  };

  outputs = {
    expr = {
      inherit (multi) outputs outputName;
      devName = multi.dev.outputName;
      distinct = multi.dev.outPath != multi.out.outPath;
      outIsDefault = multi.outPath == multi.out.outPath;
      toInstall = multi.meta.outputsToInstall;
      dev = lib.hasSuffix "-multi-dev" multi.dev.outPath;
    };
    expected = {
      outputs = [ "out" "dev" "man" ];
      outputName = "out";
      devName = "dev";
      distinct = true;
      outIsDefault = true;
      toInstall = [ "out" "man" ];
      dev = true;
    };
  };

  overrideAttrsOld = {
    expr = (hello.overrideAttrs (old: { version = old.version + ".1"; })).name;
    expected = "hello-2.12.1";
  };

  overrideAttrsFinalPrev = {
    expr = (recursive.overrideAttrs (final: prev: { version = "2"; })).greeting;
    expected = "v2";
  };

  overrideAttrsChained = {
    expr = ((hello.overrideAttrs { pname = "bye"; }).overrideAttrs (old: { version = "9"; })).name;
    expected = "bye-9";
  };

  overrideAttrsKeepsPassthru = {
    expr = (hello.overrideAttrs { version = "3"; }).tests;
    expected = "passed-through";
  };

  finalAttrs = {
    expr = recursive.greeting;
    expected = "v1";
  };

  finalPackage = {
    expr = (stdenv.mkDerivation (fa: { name = "fp"; self = fa.finalPackage.name; })).self;
    expected = "fp";
  };

  noName = {
    expr = (stdenv.mkDerivation { }).drvPath;
    expectedError = true;
  };

  placeholder = {
    expr = (stdenv.mkDerivation { name = "p"; x = placeholder "out"; }).drvAttrs.x == placeholder "out";
    expected = true;
  };
}
