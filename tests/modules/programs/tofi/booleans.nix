# Hearth's own case (Home Manager has none): booleans are written as
# true and false, and a null package installs nothing.
{ config, lib, ... }:
{
  programs.tofi = {
    enable = true;
    package = null;
    settings = {
      drun-launch = true;
      hide-cursor = false;
    };
  };

  home.file."has-tofi".text = lib.boolToString (lib.any (p: lib.getName p == "tofi") config.home.packages);

  test.expected = {
    "home-files/.config/tofi/config" = ./booleans.conf;
    "home-files/has-tofi" = ./false.txt;
  };
}
