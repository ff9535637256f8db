{
  spectrwm-simple-config = ./spectrwm-simple-config.nix;
  spectrwm-quirks-xsession = ./spectrwm-quirks-xsession.nix;
}
