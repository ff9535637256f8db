{
  misc-specialisation = ./specialisation.nix;
  misc-news = ./news.nix;
  misc-uninstall = ./uninstall.nix;
  misc-system-dirs = ./system-dirs.nix;
  misc-user-dirs-null = ./user-dirs-null.nix;
  misc-user-dirs-legacy = ./user-dirs-legacy.nix;
  misc-user-dirs-current = ./user-dirs-current.nix;
  misc-user-dirs-explicit = ./user-dirs-explicit.nix;
  misc-mime-apps-basics = ./mime-apps-basics.nix;
  misc-mime-apps-empty = ./mime-apps-empty.nix;
  misc-editorconfig = ./editorconfig.nix;
  misc-editorconfig-empty = ./editorconfig-empty.nix;
}
