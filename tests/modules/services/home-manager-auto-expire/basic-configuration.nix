# Home Manager's home-manager-auto-expire basic-configuration (Linux),
# which only checks that both units exist; here their bytes and the
# script's are compared. HM's case sets `cleanup.store`, an option its
# module does not declare (it is `store.cleanup`); `store.cleanup` is used.
{ config, ... }:
{
  services.home-manager.autoExpire = {
    enable = true;
    timestamp = "-7 days";
    frequency = "00:00";
    store.cleanup = true;
  };

  home.file.expire-script.text =
    (builtins.head config.systemd.user.services.home-manager-auto-expire.Service.ExecStart).text;

  test.expected = {
    "home-files/.config/systemd/user/home-manager-auto-expire.service" =
      ./basic-configuration-expected.service;
    "home-files/.config/systemd/user/home-manager-auto-expire.timer" =
      ./basic-configuration-expected.timer;
    "home-files/.config/systemd/user/timers.target.wants/home-manager-auto-expire.timer" =
      ./basic-configuration-expected.timer;
    "home-files/expire-script" = ./basic-configuration-expected.sh;
  };
}
