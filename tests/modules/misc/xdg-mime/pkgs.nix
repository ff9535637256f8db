# The test stubs plus the two packages xdg.mime runs, as placeholders
# ("@<name>@"); shared-mime-info names its program as nixpkgs' does.
{ lib }:
let
  placeholder = name: {
    type = "derivation";
    inherit name;
    pname = name;
    version = "0";
    outPath = "@${name}@";
    outputs = [ "out" ];
    meta = { };
  };
in
import ../../stubs.nix { inherit lib; }
// {
  shared-mime-info = placeholder "shared-mime-info" // {
    meta.mainProgram = "update-mime-database";
  };
  desktop-file-utils = placeholder "desktop-file-utils";
}
