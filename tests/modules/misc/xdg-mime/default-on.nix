# Hearth's own case: on Linux xdg.mime is on without being asked for (the
# harness turns it off for every other case).
{ options, lib, ... }:
{
  home.file.default.text = lib.boolToString options.xdg.mime.enable.default + "\n";

  test.expected."home-files/default" = ./default-on-expected.txt;
}
