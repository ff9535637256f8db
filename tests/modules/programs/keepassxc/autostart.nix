# Home Manager's autostart test: autostart without xdg.autostart.enable
# fails its assertion.
{
  imports = [ ./package.nix ];

  programs.keepassxc = {
    enable = true;
    autostart = true;
  };
  xdg.autostart.enable = false;
}
