# Window manager modules: every .nix file and directory here except this
# one, so a new window manager needs no edit of a shared list.
{ lib, ... }:

let
  entries = builtins.readDir ./.;
  wanted = n: t: n != "default.nix" && (t == "directory" || lib.hasSuffix ".nix" n);
in
{
  imports = map (n: ./. + "/${n}") (builtins.attrNames (lib.filterAttrs wanted entries));
}
