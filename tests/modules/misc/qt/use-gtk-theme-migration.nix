# Home Manager's qt-use-gtk-theme-migration: the old useGtkTheme becomes
# the gtk2 platform theme. (Its warning names this file's path, so only
# the variables are compared.)
{ lib, ... }:
{
  qt = {
    enable = true;
    useGtkTheme = true;
  };

  test.expected."home-path/etc/profile.d/hm-session-vars.sh" = ./platform-theme-gtk2-expected-vars.sh;
}
