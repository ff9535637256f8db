# lib.meta's CPE helpers (meta.identifiers.cpeParts).
{ lib }:
with lib.meta;
{
  testCpeFullVersion = { expr = cpeFullVersionWithVendor "gnu" "1.2.3"; expected = { vendor = "gnu"; version = "1.2.3"; update = "*"; }; };
  testTryCpePatch = { expr = tryCPEPatchVersionInUpdateWithVendor "gnu" "1.2.3"; expected = { success = true; value = { vendor = "gnu"; version = "1.2"; update = "3"; }; }; };
  testTryCpePatchNoMatch = {
    expr = tryCPEPatchVersionInUpdateWithVendor "gnu" "1.2";
    expected = { success = false; error = "version 1.2 doesn't match regex `([0-9]+\\.[0-9]+)\\.([0-9]+)`"; };
  };
  testTryCpePatchToString = { expr = (tryCPEPatchVersionInUpdateWithVendor "x" { __toString = _: "10.20.30"; }).value.update; expected = "30"; };
  testCpePatch = { expr = cpePatchVersionInUpdateWithVendor "a" "10.20.30"; expected = { vendor = "a"; version = "10.20"; update = "30"; }; };
  testCpePatchThrows = { expr = cpePatchVersionInUpdateWithVendor "a" "10.20.30-rc"; expectedError = true; };
}
