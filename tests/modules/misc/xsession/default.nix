{
  xsession-basic = ./basic.nix;
  xsession-keyboard-without-layout = ./keyboard-without-layout.nix;
  xsession-paths = ./paths.nix;
}
