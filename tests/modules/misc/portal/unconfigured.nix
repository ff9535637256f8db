# Hearth's own case: with neither xdg.portal.config nor configPackages,
# the module warns that xdg-desktop-portal 1.17 needs one of them.
{ pkgs, ... }:

{
  xdg.portal = {
    enable = true;
    extraPortals = [ pkgs.xdg-desktop-portal-wlr ];
  };

  test.expected.warnings = ./unconfigured-expected-warnings.txt;
}
