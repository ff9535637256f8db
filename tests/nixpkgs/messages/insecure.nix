# check-meta's refusal of a package with known vulnerabilities.
let
  lib = import <nixpkgs/lib>;
  check = import <nixpkgs/stdenv/check-meta.nix> {
    inherit lib;
    config = { };
    hostPlatform = lib.systems.elaborate { system = "x86_64-linux"; };
  };
in
(check.checkValidity {
  pname = "leaky";
  version = "0.1";
  meta = {
    knownVulnerabilities = [ "CVE-2000-0001" "CVE-2000-0002" ];
    position = "/src/leaky.nix:7";
  };
}).msg
