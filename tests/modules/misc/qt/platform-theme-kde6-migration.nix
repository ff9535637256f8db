# Home Manager's qt-platform-theme-kde6-migration: "kde6" is read as "kde",
# with a warning.
{ lib, ... }:
{
  qt = {
    enable = true;
    platformTheme.name = "kde6";
  };

  test.expected = {
    "home-path/etc/profile.d/hm-session-vars.sh" = ./platform-theme-kde6-migration-expected-vars.sh;
    "warnings" = ./platform-theme-kde6-migration-expected-warnings.txt;
  };
}
