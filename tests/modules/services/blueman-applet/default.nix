{
  blueman-applet = ./blueman-applet.nix;
  blueman-applet-session-targets = ./session-targets.nix;
}
