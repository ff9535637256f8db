# lib.hm.strings: string helpers for naming store files and for turning
# camelCase option names into the spellings configuration files use.
{ lib }:

let
  # Characters a store name may keep. "-" is left out so that a "-" followed
  # by a digit can never be read as a version separator.
  safeChars = lib.stringToCharacters "+._?=0123456789" ++ lib.lowerChars ++ lib.upperChars;

  # Each capital becomes `sep` and its lower case letter.
  splitCamel =
    sep: s:
    lib.concatMapStrings (
      c: if builtins.elem c lib.upperChars then sep + lib.toLower c else c
    ) (lib.stringToCharacters s);
in
{
  /**
    camelCase to kebab-case.

    Type: toKebabCase :: String -> String

    Examples:
      toKebabCase "maxIconSize" => "max-icon-size"
  */
  toKebabCase = splitCamel "-";

  /**
    camelCase to snake_case.

    Type: toSnakeCase :: String -> String

    Examples:
      toSnakeCase "maxIconSize" => "max_icon_size"
  */
  toSnakeCase = splitCamel "_";

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
