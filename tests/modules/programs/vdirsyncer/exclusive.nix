# Hearth's own case: a URL given both directly and by command, and an
# option the storage type does not accept, fail their assertions.
{ pkgs, ... }:
{
  programs.vdirsyncer = {
    enable = true;
    package = pkgs.runCommand "vdirsyncer" { } "";
  };

  accounts.calendar = {
    basePath = "/cal";
    accounts.feed = {
      remote = {
        type = "http";
        url = "https://example.com/feed.ics";
      };
      vdirsyncer = {
        enable = true;
        urlCommand = [ "get-url" ];
        itemTypes = [ "VTODO" ];
      };
    };
  };
}
