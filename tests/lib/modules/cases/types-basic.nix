# Scalar and string types: checks, equality merge, concatenation.
let
  lib = import ../lib.nix;
  inherit (lib) types mkOption;
  # Value of option `x' of type t given definitions defs (one module each).
  val =
    t: defs:
    (lib.evalModules {
      modules = [ { options.x = mkOption { type = t; }; } ] ++ map (d: { x = d; }) defs;
    }).config.x;
  drv = name: {
    type = "derivation";
    inherit name;
    outPath = "${builtins.storeDir}/00000000000000000000000000000000-${name}";
  };
in
{
  strEqual = val types.str [ "a" "a" ];
  strConflict = val types.str [ "a" "b" ];
  strBad = val types.str [ 1 ];
  intBad = val types.int [ "1" ];
  boolEqual = val types.bool [ true true ];
  boolConflict = val types.bool [ true false ];
  boolByOr = val types.boolByOr [ false true false ];
  enumOk = val (types.enum [ "a" "b" 3 ]) [ 3 ];
  enumBad = val (types.enum [ "a" "b" ]) [ "c" ];
  floatOk = val types.float [ 1.5 ];
  numberInt = val types.number [ 2 ];
  numberFloat = val types.number [ 2.5 ];
  numbersBetween = val (types.numbers.between 0 1) [ 2 ];
  intsBetween = val (types.ints.between 1 3) [ 4 ];
  u8Bad = val types.ints.u8 [ 256 ];
  s8Ok = val types.ints.s8 [ (-128) ];
  portBad = val types.port [ 70000 ];
  unsignedBad = val types.ints.unsigned [ (-1) ];
  positiveBad = val types.ints.positive [ 0 ];
  lines = val types.lines [ "a" "b\n" "c" ];
  commas = val types.commas [ "a" "b" ];
  envVar = val types.envVar [ "/a" "/b" ];
  separated = val (types.separatedString "--") [ "a" "b" ];
  singleLine = val types.singleLineStr [ "abc\n" ];
  singleLineBad = val types.singleLineStr [ "a\nb" ];
  nonEmptyBad = val types.nonEmptyStr [ " \n" ];
  strMatchingOk = val (types.strMatching "[a-z]+") [ "abc" ];
  strMatchingBad = val (types.strMatching "[a-z]+") [ "ab1" ];
  pathOk = val types.path [ "/etc/x" ];
  pathRelativeBad = val types.path [ "etc/x" ];
  pathInStoreOk = val types.pathInStore [ "${builtins.storeDir}/abc-x/bin" ];
  pathInStoreBad = val types.pathInStore [ "/etc/x" ];
  packageOne = (val types.package [ (drv "hello") ]).name;
  packageTwo = val types.package [ (drv "hello") (drv "hello") ];
  packageStorePath = (val types.package [ "${builtins.storeDir}/00000000000000000000000000000000-foo" ]).name;
  rawOne = val types.raw [ { a = 1; } ];
  rawTwo = val types.raw [ 1 1 ];
  uniqTwo = val (types.uniq types.int) [ 1 1 ];
  uniqueMessage = val (types.unique { message = "Only one please."; } types.int) [ 1 2 ];
  unspecifiedLists = val types.unspecified [ [ 1 ] [ 2 ] ];
  unspecifiedStrings = val types.unspecified [ "a" "b" ];
  unspecifiedBools = val types.unspecified [ false true ];
  unspecifiedAttrs = val types.unspecified [ { a = 1; } { b = 2; a = 3; } ];
  unspecifiedMixed = val types.unspecified [ 1 "a" ];
  noValue = val types.int [ ];
  noValueStr = val types.str [ ];
}
