# lib.hm.strings: string helpers for naming store files.
{ lib }:

let
  # Characters a store name may keep. "-" is left out so that a "-" followed
  # by a digit can never be read as a version separator.
  safeChars = lib.stringToCharacters "+._?=0123456789" ++ lib.lowerChars ++ lib.upperChars;
in
{
  /**
    A valid store name for a file path: "hm_" followed by the path with every
    character outside [A-Za-z0-9+._?=] dropped.

    Type: storeFileName :: String -> String

    Examples:
      storeFileName "/home/u/.cache/.keep" => "hm_homeu.cache.keep"
  */
  storeFileName =
    path: "hm_" + lib.concatStrings (builtins.filter (c: builtins.elem c safeChars) (lib.stringToCharacters path));
}
