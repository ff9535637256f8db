# lib.sourceTypes: the provenance kinds a package's meta.sourceProvenance
# lists; each is { shortName; isSource; } and only fromSource is source.
{ lib }:
builtins.mapAttrs (shortName: isSource: { inherit shortName isSource; }) {
  fromSource = true;
  binaryNativeCode = false;
  binaryBytecode = false;
  binaryFirmware = false;
}
