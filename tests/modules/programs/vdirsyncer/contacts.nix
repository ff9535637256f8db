# Hearth's own case (Home Manager tests only the read-only flag): an
# address book and a calendar using the pair, fetch-command, hook and
# TLS options, rendered by the rules of Home Manager's module.
{ pkgs, ... }:
{
  programs.vdirsyncer = {
    enable = true;
    package = pkgs.runCommand "vdirsyncer" { } "";
    statusPath = "/var/tmp/vdirsyncer";
  };

  accounts.contact = {
    basePath = ".contacts";
    accounts.work = {
      local.encoding = "latin-1";
      remote = {
        type = "carddav";
        userName = "jane";
        passwordCommand = [
          "pass"
          "carddav"
        ];
      };
      vdirsyncer = {
        enable = true;
        urlCommand = [ "~/get-url.sh" ];
        collections = [
          "from a"
          [
            "shared"
            "remote-shared"
            "local-shared"
          ]
        ];
        conflictResolution = "remote wins";
        metadata = [
          "color"
          "displayname"
        ];
        partialSync = "ignore";
        useVcard4 = true;
        verifyFingerprint = "94:FD:7A";
        auth = "digest";
        authCert = [
          "/certs/client.pem"
          "/certs/client.key"
        ];
        userAgent = "hearth";
        postHook = "notify-send changed";
      };
    };
  };

  accounts.calendar = {
    basePath = "/cal";
    accounts.team = {
      local = {
        type = "singlefile";
        path = "/cal/team.ics";
        # singlefile storages take no extension (the default is .ics).
        fileExt = null;
      };
      remote = {
        type = "caldav";
        url = "https://example.com/dav/";
      };
      vdirsyncer = {
        enable = true;
        conflictResolution = [
          "vimdiff"
          "--"
        ];
        timeRange = {
          start = "datetime.now() - timedelta(days=30)";
          end = "datetime.now() + timedelta(days=365)";
        };
        itemTypes = [ "VEVENT" ];
      };
    };
  };

  test.expected."home-files/.config/vdirsyncer/config" = ./contacts.conf;
}
