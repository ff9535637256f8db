# lib.meta: priorities, platform matching, licenses, getExe.
{ lib }:
with lib;
let
  hello = {
    type = "derivation";
    name = "hello-2.12";
    pname = "hello";
    outPath = "/nix/store/00000000000000000000000000000000-hello-2.12";
    meta.mainProgram = "hello";
  };
  split = hello // { bin = { outPath = "/nix/store/11111111111111111111111111111111-hello-bin"; }; };
  noMain = removeAttrs hello [ "meta" ];
  linux = systems.elaborate "x86_64-linux";
  darwin = systems.elaborate "aarch64-darwin";
in
{
  testAddMetaAttrs = { expr = (addMetaAttrs { a = 1; } { meta.b = 2; }).meta; expected = { a = 1; b = 2; }; };
  testAddMetaAttrsOverrideAttrs = {
    expr = (addMetaAttrs { a = 1; } { overrideAttrs = f: f { meta.b = 2; }; }).meta;
    expected = { a = 1; b = 2; };
  };
  testDontDistribute = { expr = (dontDistribute { }).meta.hydraPlatforms; expected = [ ]; };
  testSetName = { expr = (setName "b" { name = "a"; }).name; expected = "b"; };
  testUpdateName = { expr = (updateName (n: n + "x") { name = "a"; }).name; expected = "ax"; };
  testAppendToName = { expr = (appendToName "wrapped" { name = "hello-1.0"; }).name; expected = "hello-wrapped-1.0"; };
  testDefaultPriority = { expr = defaultPriority; expected = 5; };
  testSetPrio = { expr = (setPrio 3 { }).meta.priority; expected = 3; };
  testLowPrio = { expr = (lowPrio { }).meta.priority; expected = 10; };
  testHiPrio = { expr = (hiPrio { meta.x = 1; }).meta; expected = { x = 1; priority = -10; }; };
  testLowPrioSet = { expr = mapAttrs (_: v: v.meta.priority or null) (lowPrioSet { a = hello; b = 1; }); expected = { a = 10; b = null; }; };
  testHiPrioSet = { expr = (hiPrioSet { a = hello; }).a.meta.priority; expected = -10; };
  testMapDerivationAttrset = { expr = mapDerivationAttrset (d: d.name) { a = hello; b = "x"; }; expected = { a = "hello-2.12"; b = "x"; }; };
  testPlatformMatchString = { expr = [ (platformMatch linux "x86_64-linux") (platformMatch linux "aarch64-linux") ]; expected = [ true false ]; };
  testPlatformMatchPattern = {
    expr = [
      (platformMatch linux { kernel.name = "linux"; })
      (platformMatch darwin { kernel.name = "linux"; })
      (platformMatch linux systems.inspect.predicates.is64bit)
      (platformMatch linux { parsed.cpu.name = "x86_64"; })
    ];
    expected = [ true false true true ];
  };
  testAvailableOn = {
    expr = [
      (availableOn linux { meta.platforms = platforms.linux; })
      (availableOn darwin { meta.platforms = platforms.linux; })
      (availableOn darwin { })
      (availableOn linux { meta = { platforms = platforms.all; badPlatforms = [ "x86_64-linux" ]; }; })
      (availableOn darwin { meta.platforms = platforms.darwin; })
    ];
    expected = [ true false true false true ];
  };
  testLicensesSpdx = { expr = [ licensesSpdx.MIT.shortName licensesSpdx."Apache-2.0".shortName ]; expected = [ "mit" "asl20" ]; };
  testGetLicenseFromSpdxId = { expr = [ (getLicenseFromSpdxId "MIT").shortName (getLicenseFromSpdxId "mit").shortName (getLicenseFromSpdxId "gpl-3.0-or-later").shortName ]; expected = [ "mit" "mit" "gpl3Plus" ]; };
  testGetLicenseFromSpdxIdOr = { expr = [ (getLicenseFromSpdxIdOr "MIT" null).shortName (getLicenseFromSpdxIdOr "nope" "default") ]; expected = [ "mit" "default" ]; };
  testGetExe = { expr = getExe hello; expected = "/nix/store/00000000000000000000000000000000-hello-2.12/bin/hello"; };
  testGetExeBinOutput = { expr = getExe split; expected = "/nix/store/11111111111111111111111111111111-hello-bin/bin/hello"; };
  testGetExeNoMainProgram = { expr = getExe noMain; expected = "/nix/store/00000000000000000000000000000000-hello-2.12/bin/hello"; };
  testGetExePrime = { expr = getExe' hello "hello-other"; expected = "/nix/store/00000000000000000000000000000000-hello-2.12/bin/hello-other"; };
  testGetExePrimeNotDerivation = { expr = getExe' { } "x"; expectedError = true; };
  testGetExePrimeNested = { expr = getExe' hello "sub/x"; expectedError = true; };
  testGetExePrimeNotString = { expr = getExe' hello 1; expectedError = true; };
  testLicenseFields = {
    expr = licenses.mit;
    expected = { shortName = "mit"; spdxId = "MIT"; fullName = "MIT License"; url = "https://spdx.org/licenses/MIT.html"; free = true; redistributable = true; deprecated = false; };
  };
  testLicenseUnfree = { expr = with licenses.unfree; [ free redistributable (licenses.unfree ? spdxId) ]; expected = [ false false false ]; };
  testLicenseUnfreeRedistributable = { expr = with licenses.unfreeRedistributable; [ free redistributable ]; expected = [ false true ]; };
  testLicensesAllHaveShortName = { expr = all (l: l ? shortName && l ? fullName && l ? free) (attrValues licenses); expected = true; };
  testLicensesShortNameIsKey = { expr = all (n: licenses.${n}.shortName == n) (attrNames licenses); expected = true; };
  testMaintainers = { expr = all (m: m ? name && m ? github) (attrValues maintainers); expected = true; };
  testTeams = { expr = isAttrs teams; expected = true; };
}
