# Home Manager's screen-locker-basic-configuration test (it matches lines
# by pattern; these are the whole units): xss-lock runs the locker with its
# environment, xautolock asks logind to lock after five minutes.
{ pkgs, ... }:
{
  services.screen-locker = {
    enable = true;
    inactiveInterval = 5;
    lockCmd = "${pkgs.i3lock}/bin/i3lock -n -c AA0000";
    lockCmdEnv = [
      "DISPLAY=:0"
      "XAUTHORITY=/custom/path/.Xauthority"
    ];
    xss-lock.extraOptions = [ "-test" ];
    xautolock = {
      enable = true;
      detectSleep = true;
      extraOptions = [ "-test" ];
    };
  };

  test.expected = {
    "home-files/.config/systemd/user/xss-lock.service" = ./basic-configuration-xss-lock.service;
    "home-files/.config/systemd/user/xautolock-session.service" =
      ./basic-configuration-xautolock-session.service;
    "home-files/.config/systemd/user/graphical-session.target.wants/xautolock-session.service" =
      ./basic-configuration-xautolock-session.service;
  };
}
