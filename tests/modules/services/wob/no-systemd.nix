# Hearth's own case (Home Manager has no test for it): without systemd
# only the settings file is written, and no unit exists.
{ config, lib, ... }:
{
  services.wob = {
    enable = true;
    package = {
      type = "derivation";
      name = "wob";
      outPath = "@wob@";
      meta.mainProgram = "wob";
    };
    systemd = false;
    settings."".height = 50;
  };

  home.file."unit-names".text = lib.concatStringsSep "\n" (
    lib.attrNames config.systemd.user.services ++ lib.attrNames config.systemd.user.sockets
  );

  test.expected = {
    "home-files/unit-names" = ./no-systemd-units.txt;
    "home-files/.config/wob/wob.ini" = ./no-systemd.ini;
  };
}
