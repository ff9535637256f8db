# Mirrors Home Manager's parcellite test. HM's expected unit quotes
# '--no-icon': its lib.escapeShellArg quoted every argument then; Hearth's
# lib, like nixpkgs' today, leaves such safe words bare.
{ lib, ... }:
{
  services.parcellite = {
    enable = true;
    extraOptions = [ "--no-icon" ];
  };

  test.expected."home-files/.config/systemd/user/parcellite.service" = ./parcellite-expected.service;
}
