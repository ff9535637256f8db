# Home Manager's gtk2-basic-config: settings, then extraConfig; the file
# is named by GTK2_RC_FILES.
{
  gtk = {
    enable = true;
    theme.name = "Adwaita";
    gtk2.extraConfig = "gtk-can-change-accels = 1";
  };

  test.expected = {
    "home-files/.gtkrc-2.0" = ./gtk2-basic-config-expected.conf;
    "home-path/etc/profile.d/hm-session-vars.sh" = ./gtk2-basic-config-expected-vars.sh;
  };
}
