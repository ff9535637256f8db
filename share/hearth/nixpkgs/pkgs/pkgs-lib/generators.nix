# Text generators pkgs.formats needs beyond lib.generators, so that a
# format's file is produced at evaluation time and needs no host tool:
#   toPrettyJSON  JSON laid out as `jq .` prints it (two-space indent)
#   toYAML        YAML as remarshal writes it (./yaml.nix), version "1.1" or "1.2"
#   toTOML        TOML as remarshal writes it (./toml.nix)
{ lib }:
let
  inherit (builtins)
    toJSON
    isAttrs
    isList
    attrNames
    ;

  utf8 = import ./utf8.nix { inherit lib; };

  # A float as Python prints it after reading the value's JSON: always
  # with a dot or an exponent (1.0, not 1).
  floatRepr =
    f:
    let
      s = toJSON f;
    in
    if builtins.match ".*[.eE].*" s != null then s else s + ".0";

  # Derivations and other string-like sets are leaves, as toJSON treats them.
  isObject = v: isAttrs v && !(v ? outPath) && !(v ? __toString);
in
{
  toPrettyJSON =
    let
      go =
        indent: v:
        let
          inner = indent + "  ";
        in
        if isObject v then
          if v == { } then
            "{}"
          else
            "{\n"
            + lib.concatMapStringsSep ",\n" (k: "${inner}${toJSON k}: ${go inner v.${k}}") (attrNames v)
            + "\n${indent}}"
        else if isList v then
          if v == [ ] then "[]" else "[\n" + lib.concatMapStringsSep ",\n" (e: inner + go inner e) v + "\n${indent}]"
        else
          toJSON v;
    in
    v: go "" v + "\n";

  toYAML = import ./yaml.nix { inherit lib utf8 floatRepr; };

  toTOML = import ./toml.nix { inherit lib utf8 floatRepr; };
}
