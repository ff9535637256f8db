# Mirrors Home Manager's khard empty_config test. Adapted: the stubs have no
# khard, so the package is a stand-in derivation.
{ pkgs, ... }:
{
  accounts.contact = {
    basePath = ".contacts";
    accounts.test = {
      local.type = "filesystem";
      khard.enable = true;
    };
  };

  programs.khard.enable = true;
  programs.khard.package = pkgs.runCommand "khard" { } "";

  test.expected."home-files/.config/khard/khard.conf" = ./empty_config_expected;
}
