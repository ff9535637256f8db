# Hearth's own case (Home Manager has none for these): a discovered
# calendar directory, a single-file calendar with colour and addresses,
# and address books read for birthdays, one split into collections.
{ pkgs, ... }:
{
  programs.khal = {
    enable = true;
    package = pkgs.runCommand "khal" { } "";
    locale = {
      firstweekday = 6;
      local_timezone = "Europe/Berlin";
      weeknumbers = "left";
    };
  };

  accounts.calendar = {
    basePath = "/data/cal";
    accounts = {
      work = {
        primary = true;
        khal = {
          enable = true;
          type = "discover";
          glob = "team-*";
          priority = 20;
        };
      };
      holidays = {
        khal = {
          enable = true;
          color = "light green";
          addresses = [
            "me@example.org"
            "jane@example.org"
          ];
        };
        local = {
          type = "singlefile";
          path = "/data/holidays.ics";
        };
      };
      hidden.local.type = "filesystem";
    };
  };

  accounts.contact = {
    basePath = "contacts";
    accounts = {
      friends.khal.enable = true;
      family.khal = {
        enable = true;
        readOnly = true;
        collections = [
          "close"
          "far"
        ];
      };
    };
  };

  test.expected."home-files/.config/khal/config" = ./accounts-expected;
}
