# Home Manager's toSwayConf, the renderer of sway's free-form `settings`:
# scalars are written as they are, an attribute set or list inside a key
# becomes a braced block indented by two spaces per level. Keys and values
# are separated by two spaces, as Home Manager writes them.
{ lib }:

let
  render =
    {
      outerBlock,
      indent,
    }:
    v:
    let
      step = "  ";
      inner = {
        outerBlock = false;
        indent = indent + step;
      };
      open = lib.optionalString (!outerBlock) "{\n${indent}";
      close = "\n" + lib.removeSuffix step indent + lib.optionalString (!outerBlock) "}";
      items = xs: open + lib.concatStringsSep "\n${indent}" xs + close;
    in
    if builtins.isInt v || builtins.isFloat v || builtins.isString v || builtins.isPath v then
      toString v
    else if builtins.isList v then
      items v
    else if builtins.isAttrs v then
      if v == { } then
        throw "toSwayConfig: empty attribute set is unsupported"
      else
        items (lib.mapAttrsToList (k: x: "${k}${step}${render inner x}") v)
    else
      throw "toSwayConfig: type ${builtins.typeOf v} is unsupported";
in
render {
  outerBlock = true;
  indent = "";
}
