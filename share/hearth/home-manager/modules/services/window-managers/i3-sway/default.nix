# xsession.windowManager.i3 and wayland.windowManager.sway: two modules
# over one set of options and one renderer (./lib).
{
  imports = [
    ./i3.nix
    ./sway.nix
  ];
}
