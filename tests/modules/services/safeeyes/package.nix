# Hearth's own case: a given package is the one installed and started.
{ config, lib, ... }:
{
  services.safeeyes = {
    enable = true;
    package = {
      type = "derivation";
      name = "safeeyes-custom";
      outPath = "@safeeyes-custom@";
    };
  };

  home.file."has-package".text = lib.boolToString (
    lib.any (p: (p.outPath or "") == "@safeeyes-custom@") config.home.packages
  );

  test.expected = {
    "home-files/.config/systemd/user/safeeyes.service" = ./package.service;
    "home-files/has-package" = ./true.txt;
  };
}
