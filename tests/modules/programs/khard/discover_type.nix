# Mirrors Home Manager's khard discover_type test. Adapted: the stubs have no
# khard, so the package is a stand-in derivation.
{ pkgs, ... }:
{
  accounts.contact = {
    basePath = ".contacts";
    accounts.test = {
      local.type = "filesystem";
      khard = {
        enable = true;
        type = "discover";
      };
    };
  };

  programs.khard.enable = true;
  programs.khard.package = pkgs.runCommand "khard" { } "";

  test.expected."home-files/.config/khard/khard.conf" = ./discover_type_expected;
}
