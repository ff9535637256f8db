# Home Manager's screen-locker-no-xautolock test (plus an environment): the X
# screensaver's timeout and cycle are set before xss-lock starts.
{ pkgs, ... }:
{
  services.screen-locker = {
    enable = true;
    inactiveInterval = 5;
    lockCmd = "${pkgs.i3lock}/bin/i3lock -n -c AA0000";
    lockCmdEnv = [ "DISPLAY=:0" ];
    xss-lock = {
      extraOptions = [ "-test" ];
      screensaverCycle = 5;
    };
    xautolock.enable = false;
  };

  test.expected."home-files/.config/systemd/user/xss-lock.service" = ./no-xautolock-xss-lock.service;
}
