{
  misc-specialisation = ./specialisation.nix;
  misc-news = ./news.nix;
  misc-uninstall = ./uninstall.nix;
}
