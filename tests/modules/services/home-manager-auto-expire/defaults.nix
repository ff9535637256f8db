# Hearth's own case: the defaults expire monthly what is older than 30
# days and leave the store alone.
{ config, ... }:
{
  services.home-manager.autoExpire.enable = true;

  home.file.expire-script.text =
    (builtins.head config.systemd.user.services.home-manager-auto-expire.Service.ExecStart).text;

  test.expected = {
    "home-files/.config/systemd/user/home-manager-auto-expire.timer" = ./defaults-expected.timer;
    "home-files/expire-script" = ./defaults-expected.sh;
  };
}
