# Hearth's test stubs plus what services.mopidy needs from Nixpkgs, as Home
# Manager's mopidy tests stub it (mopidy at version 0, mopidy-local).
{ lib }:
let
  stubs = import ../../stubs.nix { inherit lib; };
  placeholder = name: {
    type = "derivation";
    inherit name;
    version = "0";
    outPath = "@${name}@";
    outputs = [ "out" ];
    meta = { };
  };
in
stubs
// {
  mopidy = placeholder "mopidy";
  mopidy-local = placeholder "mopidy-local";
  mopidyPackages.python.sitePackages = "lib/python3.12/site-packages";
}
