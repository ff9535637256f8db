# The test stubs (mpdscribble and replace-secret are placeholders there),
# except that the scripts and the configuration template named in `shown`
# stand in the unit as their own text between <name> and </name> (the
# module tests build nothing), so a case can read them back from the unit
# (read-files.nix).
{
  lib,
  shown ? [ ],
}:
let
  stubs = import ../../stubs.nix { inherit lib; };
  show =
    name: drv:
    if builtins.elem name shown then { outPath = "<${name}>" + drv.text + "</${name}>"; } else drv;
in
stubs
// {
  writeText = name: text: show name (stubs.writeText name text);
  writeShellScript = name: text: show name (stubs.writeShellScript name text);
  writeShellApplication = args: show args.name (stubs.writeShellApplication args);
}
