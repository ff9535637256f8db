# Hearth's own case: without settings nothing is loaded and no dconf
# directory is made.
{ config, lib, ... }:

{
  dconf.settings = { };

  home.file."has-keep".text = "${lib.boolToString (config.xdg.configFile ? "dconf/.keep")}\n";

  test.expected = {
    activation-order = ./empty-expected-order.txt;
    "home-files/has-keep" = ./empty-expected-has-keep.txt;
  };
}
