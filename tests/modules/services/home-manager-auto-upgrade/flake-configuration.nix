# Mirrors Home Manager's home-manager-auto-upgrade-flake-configuration test
# (state version 18.09): FLAKE_DIR for the service, and the legacy
# `nix flake update` before the switch, with the warning that default
# brings.
{ config, lib, ... }:
{
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
    "home-files/.config/systemd/user/home-manager-auto-upgrade.service" =
      ./flake-configuration-expected.service;
    "home-files/upgrade-script" = ./flake-configuration-expected.sh;
    "home-files/warnings" = ./flake-configuration-expected-warnings.txt;
  };
}
