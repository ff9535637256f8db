# Mirrors Home Manager's khard dirty_path test. Adapted: the stubs have no
# khard, so the package is a stand-in derivation.
{ pkgs, ... }:
{
  accounts.contact = {
    basePath = "/home/user/who/likes///";
    accounts.forward = {
      local.type = "filesystem";
      khard = {
        enable = true;
        defaultCollection = "////slashes//a/lot";
      };
    };
  };

  programs.khard.enable = true;
  programs.khard.package = pkgs.runCommand "khard" { } "";

  test.expected."home-files/.config/khard/khard.conf" = ./dirty_path_expected;
}
