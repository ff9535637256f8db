# Home Manager's qt-platform-theme-gtk3.
{ lib, ... }:
{
  qt = {
    enable = true;
    platformTheme.name = "gtk3";
  };

  test.expected = {
    "home-path/etc/profile.d/hm-session-vars.sh" = ./platform-theme-gtk3-expected-vars.sh;
    "warnings" = ./no-warnings.txt;
  };
}
