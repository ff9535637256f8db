{
  irssi-example-settings = ./example-settings.nix;
  irssi-aliases-and-sasl = ./aliases-and-sasl.nix;
}
