# check-meta's refusal of an unfree package, with a position in a file.
let
  lib = import <nixpkgs/lib>;
  check = import <nixpkgs/stdenv/check-meta.nix> {
    inherit lib;
    config = { };
    hostPlatform = lib.systems.elaborate { system = "x86_64-linux"; };
  };
in
(check.checkValidity {
  pname = "slack";
  version = "4.22.0";
  meta = {
    license = lib.licenses.unfree;
    position = "/src/pkgs/slack/default.nix:83";
  };
}).msg
