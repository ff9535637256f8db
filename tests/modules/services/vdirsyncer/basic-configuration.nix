# Mirrors Home Manager's vdirsyncer basic-configuration test. Adapted: the
# stubs have no vdirsyncer, so the package is a stand-in derivation and
# the expected unit names its (zeroed) store path instead of @vdirsyncer@.
{ pkgs, ... }:
{
  services.vdirsyncer = {
    enable = true;
    package = pkgs.runCommand "vdirsyncer" { } "";
  };

  test.expected."home-files/.config/systemd/user/vdirsyncer.service" = ./vdirsyncer-expected.service;
}
