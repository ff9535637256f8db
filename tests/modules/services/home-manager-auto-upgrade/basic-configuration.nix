# Mirrors Home Manager's home-manager-auto-upgrade-basic-configuration test
# (which only checks that both units exist): channels are updated, then
# home-manager switches with the extra flags.
{ config, ... }:
{
  services.home-manager.autoUpgrade = {
    enable = true;
    frequency = "00:00";
    flags = [
      "-b"
      "hm backup"
    ];
  };

  home.file.upgrade-script.text =
    (builtins.head config.systemd.user.services.home-manager-auto-upgrade.Service.ExecStart).text;

  test.expected = {
    "home-files/.config/systemd/user/home-manager-auto-upgrade.service" =
      ./basic-configuration-expected.service;
    "home-files/.config/systemd/user/home-manager-auto-upgrade.timer" =
      ./basic-configuration-expected.timer;
    "home-files/.config/systemd/user/timers.target.wants/home-manager-auto-upgrade.timer" =
      ./basic-configuration-expected.timer;
    "home-files/upgrade-script" = ./basic-configuration-expected.sh;
  };
}
