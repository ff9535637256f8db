{
  qt-platform-theme-gtk = ./platform-theme-gtk.nix;
  qt-platform-theme-gtk2 = ./platform-theme-gtk2.nix;
  qt-platform-theme-gtk3 = ./platform-theme-gtk3.nix;
  qt-platform-theme-gnome = ./platform-theme-gnome.nix;
  qt-platform-theme-kde6-migration = ./platform-theme-kde6-migration.nix;
  qt-use-gtk-theme-migration = ./use-gtk-theme-migration.nix;
  qt-qtct-settings = ./qtct-settings.nix;
  qt-kvantum-settings = ./kvantum-settings.nix;
  qt-xsession = ./xsession.nix;
}
