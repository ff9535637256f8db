# Mirrors Home Manager's khard multiple_with_abooks test. Adapted: the stubs have no
# khard, so the package is a stand-in derivation.
{ pkgs, ... }:
{
  accounts.contact = {
    basePath = ".contacts";
    accounts.test1 = {
      local.type = "filesystem";
      khard = {
        enable = true;
        addressbooks = [
          "home"
          "work"
          "family"
        ];
      };
    };
    accounts.test2 = {
      local.type = "filesystem";
      khard.enable = true;
    };
  };

  programs.khard.enable = true;
  programs.khard.package = pkgs.runCommand "khard" { } "";

  test.expected."home-files/.config/khard/khard.conf" = ./multiple_with_abooks_expected;
}
