# Mirrors Home Manager's khal default-calendar-override test. Home Manager
# only matches two lines (default_calendar=private and
# highlight_event_days=true); here the whole file is compared. Adapted: the
# stubs have no khal, so the package is a stand-in derivation.
{ pkgs, ... }:
{
  programs.khal = {
    enable = true;
    package = pkgs.runCommand "khal" { } "";
    settings.default.default_calendar = "private";
  };

  accounts.calendar = {
    basePath = "$XDG_CONFIG_HOME/cal";
    accounts = {
      google = {
        primary = true;
        primaryCollection = "google";
        khal.enable = true;
        local = {
          type = "filesystem";
          fileExt = ".ics";
        };
        remote = {
          type = "http";
          url = "https://example.com/google.ics";
        };
      };

      private = {
        khal.enable = true;
        local = {
          type = "filesystem";
          fileExt = ".ics";
        };
        remote = {
          type = "http";
          url = "https://example.com/private.ics";
        };
      };
    };
  };

  test.expected."home-files/.config/khal/config" = ./default-calendar-override-expected;
}
