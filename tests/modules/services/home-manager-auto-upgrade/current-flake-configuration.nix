# Mirrors Home Manager's
# home-manager-auto-upgrade-current-flake-configuration test: from 26.05
# no pre-switch command and no warning; set commands run traced.
{ config, lib, ... }:
{
  home.stateVersion = "26.05";

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
    "home-files/upgrade-script" = ./current-flake-configuration-expected.sh;
    "home-files/warnings" = ./current-flake-configuration-expected-warnings.txt;
  };
}
