# Mirrors Home Manager's vdirsyncer read-only test. Adapted: the stubs have
# no vdirsyncer, so the package is a stand-in derivation.
{ pkgs, ... }:
{
  programs.vdirsyncer = {
    enable = true;
    package = pkgs.runCommand "vdirsyncer" { } "";
  };

  accounts.calendar = {
    basePath = "/home/hm-user/calendars";
    accounts = {
      implicit = {
        vdirsyncer.enable = true;
        remote = {
          type = "http";
          url = "https://example.com/implicit.ics";
        };
      };

      readOnly = {
        vdirsyncer = {
          enable = true;
          localReadOnly = true;
        };
        remote = {
          type = "caldav";
          url = "https://example.com/calendars/";
        };
      };

      readWrite = {
        vdirsyncer = {
          enable = true;
          localReadOnly = false;
        };
        remote = {
          type = "http";
          url = "https://example.com/read-write.ics";
        };
      };
    };
  };

  test.expected."home-files/.config/vdirsyncer/config" = ./read-only.conf;
}
