# Home Manager's qt-platform-theme-gtk2: the qtstyleplugins theme keeps
# its name.
{ lib, ... }:
{
  qt = {
    enable = true;
    platformTheme.name = "gtk2";
  };

  test.expected."home-path/etc/profile.d/hm-session-vars.sh" = ./platform-theme-gtk2-expected-vars.sh;
}
