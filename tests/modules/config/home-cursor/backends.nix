# Not a Home Manager test: what the x11 and gtk backends produce, with
# xsession and gtk enabled (xsetroot in ~/.xprofile, Xcursor resources
# merged by ~/.xsession, the cursor in GTK's settings), and
# dotIcons.enable = false dropping the ~/.icons links.
{ lib, pkgs, ... }:
{
  home.stateVersion = "25.05";
  home.pointerCursor = {
    enable = true;
    package = import ./cursor-package.nix { inherit pkgs; };
    name = "Vanilla-DMZ";
    size = 48;
    dotIcons.enable = false;
    gtk.enable = true;
    x11.enable = true;
    x11.defaultCursor = "X_cursor";
  };
  gtk.enable = true;
  xsession = {
    enable = true;
    windowManager.command = "exec i3";
  };

  test.expected = {
    "home-files/.xprofile" = ./backends-expected-xprofile.txt;
    "home-files/.xsession" = ./backends-expected-xsession.txt;
    "home-files/.Xresources" = ./backends-expected.Xresources;
    "home-files/.config/gtk-3.0/settings.ini" = ./backends-expected-gtk3.ini;
    "manifest/files" = ./backends-expected-files.json;
  };
}
