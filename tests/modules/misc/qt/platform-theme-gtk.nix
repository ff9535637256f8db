# Home Manager's qt-platform-theme-gtk, as its current module has it:
# "gtk" is Qt's GTK 3 plugin now, with a warning to choose gtk2 or gtk3.
# The search paths reach hm-session-vars.sh and environment.d.
{ lib, ... }:
{
  qt = {
    enable = true;
    platformTheme.name = "gtk";
  };

  test.expected = {
    "home-path/etc/profile.d/hm-session-vars.sh" = ./platform-theme-gtk-expected-vars.sh;
    "home-files/.config/environment.d/10-home-manager.conf" = ./platform-theme-gtk-expected.conf;
    "warnings" = ./platform-theme-gtk-expected-warnings.txt;
  };
}
