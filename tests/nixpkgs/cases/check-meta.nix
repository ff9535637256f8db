# What config lets through: unfree, broken, insecure and unsupported
# packages, with each switch and predicate.
{ lib, pkgs, nixpkgs }:
let
  set = config: import nixpkgs { inherit config; overlays = [ ]; };
  mk =
    p: meta:
    p.stdenv.mkDerivation {
      pname = "pkg";
      version = "1";
      inherit meta;
    };
  evaluates = drv: (builtins.tryEval drv.outPath).success;
  unfree = { license = lib.licenses.unfree; };
in
{
  freeEvaluates = {
    expr = evaluates (mk pkgs { license = lib.licenses.mit; });
    expected = true;
  };
  unfreeRefused = {
    expr = evaluates (mk pkgs unfree);
    expected = false;
  };
  unfreeMetaReadable = {
    expr = let m = (mk pkgs unfree).meta; in [ m.unfree m.available ];
    expected = [ true false ];
  };
  allowUnfree = {
    expr = evaluates (mk (set { allowUnfree = true; }) unfree);
    expected = true;
  };
  allowUnfreePredicate = {
    expr = [
      (evaluates (mk (set { allowUnfreePredicate = p: lib.getName p == "pkg"; }) unfree))
      (evaluates (mk (set { allowUnfreePredicate = p: lib.getName p == "other"; }) unfree))
    ];
    expected = [ true false ];
  };
  unfreeAmongLicenses = {
    expr = evaluates (mk pkgs { license = [ lib.licenses.mit lib.licenses.unfree ]; });
    expected = false;
  };
  allowlistedLicense = {
    expr = evaluates (mk (set { allowlistedLicenses = [ lib.licenses.unfree ]; }) unfree);
    expected = true;
  };
  blocklistedLicense = {
    expr = evaluates (mk (set { blocklistedLicenses = [ lib.licenses.mit ]; }) { license = lib.licenses.mit; });
    expected = false;
  };
  brokenRefused = {
    expr = [
      (evaluates (mk pkgs { broken = true; }))
      (evaluates (mk (set { allowBroken = true; }) { broken = true; }))
    ];
    expected = [ false true ];
  };
  insecure = {
    expr = [
      (evaluates (mk pkgs { knownVulnerabilities = [ "CVE-1" ]; }))
      (evaluates (mk (set { permittedInsecurePackages = [ "pkg-1" ]; }) { knownVulnerabilities = [ "CVE-1" ]; }))
      (evaluates (mk (set { allowInsecurePredicate = _: true; }) { knownVulnerabilities = [ "CVE-1" ]; }))
    ];
    expected = [ false true true ];
  };
  unsupported = {
    expr = [
      (evaluates (mk pkgs { platforms = [ "riscv32-none" ]; }))
      (evaluates (mk pkgs { platforms = lib.platforms.all; }))
      (evaluates (mk pkgs { badPlatforms = [ builtins.currentSystem ]; }))
      (evaluates (mk (set { allowUnsupportedSystem = true; }) { platforms = [ "riscv32-none" ]; }))
    ];
    expected = [ false true false true ];
  };
}
