{
  aerc-settings = ./settings.nix;
  aerc-oauth = ./oauth.nix;
  aerc-encode-url = ./encode-url.nix;
  aerc-assertion = ./assertion.nix;
  aerc-assertion-warning = ./assertion-warning.nix;
  aerc-no-settings = ./no-settings.nix;
}
