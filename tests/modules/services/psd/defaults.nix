# Hearth's own case (Home Manager has no psd test): the two services, the
# timer with its default span, and the package.
{ config, lib, ... }:
{

  services.psd.enable = true;

  home.file."has-package".text = lib.boolToString (
    lib.any (p: (p.outPath or "") == "@profile-sync-daemon@") config.home.packages
  );

  test.expected = {
    "home-files/.config/systemd/user/psd.service" = ./psd.service;
    "home-files/.config/systemd/user/default.target.wants/psd.service" = ./psd.service;
    "home-files/.config/systemd/user/psd-resync.service" = ./psd-resync.service;
    "home-files/.config/systemd/user/default.target.wants/psd-resync.service" = ./psd-resync.service;
    "home-files/.config/systemd/user/psd-resync.timer" = ./defaults-psd-resync.timer;
    "home-files/has-package" = ./true.txt;
  };
}
