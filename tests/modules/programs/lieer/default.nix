{
  lieer = ./lieer.nix;
  lieer-settings = ./settings.nix;
  lieer-non-gmail = ./non-gmail.nix;
}
