# Without xautolock there is no xautolock unit (the harness fails on the
# missing file), as Home Manager's screen-locker-no-xautolock checks.
{ pkgs, ... }:
{
  services.screen-locker = {
    enable = true;
    lockCmd = "${pkgs.i3lock}/bin/i3lock -n -c AA0000";
    xautolock.enable = false;
  };

  test.expected."home-files/.config/systemd/user/xautolock-session.service" =
    ./basic-configuration-xautolock-session.service;
}
