# Home Manager's qt-platform-theme-gnome: the old bare-name option with a
# style; warns about the rename and about gnome itself.
{ lib, pkgs, ... }:
{
  qt = {
    enable = true;
    platformTheme = "gnome";
    style = {
      name = "adwaita";
      package = pkgs.runCommandLocal "theme" { } "mkdir $out";
    };
  };

  test.expected = {
    "home-path/etc/profile.d/hm-session-vars.sh" = ./platform-theme-gnome-expected-vars.sh;
    "warnings" = ./platform-theme-gnome-expected-warnings.txt;
  };
}
