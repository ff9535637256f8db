# check-meta's refusal of a package marked broken.
let
  lib = import <nixpkgs/lib>;
  check = import <nixpkgs/stdenv/check-meta.nix> {
    inherit lib;
    config = { };
    hostPlatform = lib.systems.elaborate { system = "x86_64-linux"; };
  };
in
(check.checkValidity {
  name = "old-2.0";
  meta = {
    broken = true;
    position = "/src/old.nix:3";
  };
}).msg
