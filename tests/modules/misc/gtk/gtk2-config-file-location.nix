# Home Manager's gtk2-config-file-location: the file moves under
# $XDG_CONFIG_HOME and GTK2_RC_FILES follows it.
{ config, ... }:
{
  gtk.enable = true;
  gtk.gtk2.configLocation = "${config.xdg.configHome}/gtk-2.0/gtkrc";

  test.expected = {
    "home-files/.config/gtk-2.0/gtkrc" = ./gtk2-config-file-location-expected.conf;
    "home-path/etc/profile.d/hm-session-vars.sh" = ./gtk2-config-file-location-expected-vars.sh;
  };
}
