# KDE Connect before 24.05 (Debian 12 has 22.12) has its daemon in
# libexec/.
{ pkgs, ... }:
{
  services.kdeconnect = {
    enable = true;
    package = pkgs.kdePackages.kdeconnect-kde // {
      version = "22.12.3-1";
    };
  };

  test.expected."home-files/.config/systemd/user/kdeconnect.service" = ./before-24-05.service;
}
