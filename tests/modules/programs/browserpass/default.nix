{
  browserpass = ./browserpass.nix;
  browserpass-firefox = ./firefox.nix;
}
