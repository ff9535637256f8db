# The text of one script or template the unit names, shown there by
# pkgs.nix: `between name s` is what s holds between <name> and </name>.
{ lib, ... }:
{
  _module.args.between =
    name: s: lib.head (lib.splitString "</${name}>" (lib.last (lib.splitString "<${name}>" (toString s))));
}
