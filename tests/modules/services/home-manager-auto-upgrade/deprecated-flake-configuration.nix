# Mirrors Home Manager's
# home-manager-auto-upgrade-deprecated-flake-configuration test: 25.11
# still gets `nix flake update`, and the warning says how to choose.
{ config, lib, ... }:
{
  home.stateVersion = "25.11";

  services.home-manager.autoUpgrade = {
    enable = true;
    frequency = "daily";
    useFlake = true;
    flakeDir = "/tmp/my-flake";
  };

  home.file.upgrade-script.text =
    (builtins.head config.systemd.user.services.home-manager-auto-upgrade.Service.ExecStart).text;
  home.file.warnings.text = lib.concatMapStrings (w: w + "\n") config.warnings;

  test.expected = {
    "home-files/upgrade-script" = ./flake-configuration-expected.sh;
    "home-files/warnings" = ./flake-configuration-expected-warnings.txt;
  };
}
