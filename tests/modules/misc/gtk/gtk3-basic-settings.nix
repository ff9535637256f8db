# Home Manager's gtk3-basic-settings: extraConfig alone, booleans as words.
{
  gtk = {
    enable = true;
    gtk3.extraConfig = {
      gtk-cursor-blink = false;
      gtk-recent-files-limit = 20;
    };
  };

  test.expected."home-files/.config/gtk-3.0/settings.ini" = ./gtk3-basic-settings-expected.ini;
}
