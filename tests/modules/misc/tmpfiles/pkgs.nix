# The test stubs with systemd at a store path: the linked unit files must
# be absolute paths, which the "@systemd@" placeholder is not (Home
# Manager's tests stub systemd for the same reason). It stays out of
# tests/modules/stubs.nix because the other cases expect "@systemd@".
{ lib }:
import ../../stubs.nix { inherit lib; }
// {
  systemd = {
    type = "derivation";
    name = "systemd";
    pname = "systemd";
    version = "0";
    outPath = "/nix/store/00000000000000000000000000000000-systemd";
    outputs = [ "out" ];
    meta = { };
  };
}
