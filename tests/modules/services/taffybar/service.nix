# Hearth's own case (Home Manager has no taffybar tests): the unit, and
# GDK_PIXBUF_MODULE_FILE among xsession.importedVariables, the variables
# the X session hands to systemd.
{ config, pkgs, ... }:
{
  services.taffybar = {
    enable = true;
    package = pkgs.runCommand "taffybar" { } "";
  };

  home.file.state.text = builtins.toJSON (builtins.elem "GDK_PIXBUF_MODULE_FILE" config.xsession.importedVariables) + "\n";

  test.expected = {
    "home-files/.config/systemd/user/taffybar.service" = ./service-expected.service;
    "home-files/state" = ./service-expected-state.json;
  };
}
