# Pieces of version strings, split the way builtins.splitVersion does.
{ lib }:
let
  inherit (builtins) splitVersion elemAt concatStringsSep;
in
{
  /** Split a version into components (builtins.splitVersion).
      Type: string -> [string].  Example: `splitVersion "1.2.3"` => `[ "1" "2" "3" ]` */
  inherit splitVersion;

  /** The first, second and third version components.
      Type: string -> string.  Example: `major "1.2.3"` => `"1"`, `patch "1.2.3"` => `"3"` */
  major = v: elemAt (splitVersion v) 0;
  minor = v: elemAt (splitVersion v) 1;
  patch = v: elemAt (splitVersion v) 2;

  /** The first two components joined with ".".
      Type: string -> string.  Example: `majorMinor "1.2.3"` => `"1.2"` */
  majorMinor = v: concatStringsSep "." (lib.lists.take 2 (splitVersion v));

  /** Pad or cut the numeric part (before the first "-") to `n` components,
      keeping any suffix.
      Type: int -> string -> string.  Example: `pad 3 "1.2-rc1"` => `"1.2.0-rc1"` */
  pad = n: version:
    let
      numeric = builtins.head (lib.strings.splitString "-" version);
      suffix = lib.strings.removePrefix numeric version;
    in
    concatStringsSep "." (lib.lists.take n (splitVersion numeric ++ builtins.genList (_: "0") n)) + suffix;
}
