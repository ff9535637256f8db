# Characters Nix string literals have no escape for, made from JSON
# \u escapes, and the code-point view of a UTF-8 string: the emitters
# pkgs.formats copies count columns and pick escapes per code point.
{ lib }:
let
  inherit (builtins)
    fromJSON
    genList
    substring
    stringLength
    replaceStrings
    ;

  hex = width: i: lib.fixedWidthString width "0" (lib.toHexString i);

  # The character with code point `i` (a surrogate pair above U+FFFF).
  char =
    i:
    if i < 65536 then
      fromJSON "\"\\u${hex 4 i}\""
    else
      let
        v = i - 65536;
      in
      fromJSON "\"\\u${hex 4 (55296 + v / 1024)}\\u${hex 4 (56320 + lib.mod v 1024)}\"";

  # The UTF-8 bytes 0x80-0xBF follow a lead byte: U+0080-U+00BF's second byte.
  continuation = genList (i: substring 1 1 (char (128 + i))) 64;
  continuationValue = lib.listToAttrs (lib.imap0 (i: b: lib.nameValuePair b i) continuation);

  # Lead bytes 0xF0-0xF4 start the four-byte characters (U+10000 and up).
  fourByteLead = genList (i: substring 0 1 (char (if i == 0 then 65536 else i * 262144))) 5;
  fourByteLeadValue = lib.listToAttrs (lib.imap0 (i: b: lib.nameValuePair b i) fourByteLead);
in
rec {
  inherit char hex;

  # Code points, not bytes: what Python's len() counts.
  length = s: stringLength (replaceStrings continuation (map (_: "") continuation) s);

  # The string as a list of one-character strings.
  characters =
    s:
    builtins.foldl' (
      acc: b: if continuationValue ? ${b} && acc != [ ] then lib.init acc ++ [ (lib.last acc + b) ] else acc ++ [ b ]
    ) [ ] (lib.stringToCharacters s);

  isFourByte = c: fourByteLeadValue ? ${substring 0 1 c};

  # The code point of a four-byte character.
  fourByteCodePoint =
    c:
    let
      cont = i: continuationValue.${substring i 1 c};
    in
    fourByteLeadValue.${substring 0 1 c} * 262144 + cont 1 * 4096 + cont 2 * 64 + cont 3;

  hasFourByte = s: replaceStrings fourByteLead (map (_: "") fourByteLead) s != s;
}
