{
  bspwm-configuration = ./configuration.nix;
  bspwm-keep-desktops = ./keep-desktops.nix;
  bspwm-xsession = ./xsession.nix;
}
