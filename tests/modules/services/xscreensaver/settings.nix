# Hearth's own case (Home Manager has no xscreensaver test): settings as
# X resources, and the unit restarted by a hash of them.
{ config, lib, ... }:
{
  services.xscreensaver = {
    enable = true;
    settings = {
      mode = "blank";
      lock = false;
      fadeTicks = 20;
    };
  };

  home.file.packages.text = lib.concatMapStrings (p: "${p}\n") config.home.packages;

  test.expected = {
    "home-files/.Xresources" = ./settings-expected.conf;
    "home-files/.config/systemd/user/xscreensaver.service" = ./settings-expected.service;
    "home-files/packages" = ./settings-expected-packages.txt;
  };
}
