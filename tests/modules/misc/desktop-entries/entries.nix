# Mirrors Home Manager's test desktop-entries (misc/xdg): a full and a
# minimal entry. Adapted: Home Manager also installs makeDesktopItem files
# of the same names to show these win, but the stub package set has no
# makeDesktopItem (the priority is still checked here), and its deprecated
# options, reported through failed assertions, are the case deprecated.
# Home Manager's expected files date from an older makeDesktopItem; these
# follow the current one (sorted keys, Version=1.5, no list terminator).
{ config, lib, ... }:

{
  xdg.desktopEntries = {
    full = {
      type = "Application";
      exec = "test --option";
      icon = "test";
      comment = "My Application";
      terminal = true;
      name = "Test";
      genericName = "Web Browser";
      mimeType = [
        "text/html"
        "text/xml"
      ];
      categories = [
        "Network"
        "WebBrowser"
      ];
      startupNotify = false;
      noDisplay = false;
      prefersNonDefaultGPU = false;
      settings = {
        Keywords = "calc;math";
        DBusActivatable = "false";
      };
      actions = {
        "New-Window" = {
          name = "New Window";
          exec = "test --new-window";
          icon = "test";
        };
        "Default" = {
          exec = "test --default";
        };
      };
    };
    min = {
      name = "Test";
    };
  };

  home.file."priorities".text = lib.concatMapStrings (
    p: "${p.name} ${toString (p.meta.priority or "none")}\n"
  ) config.home.packages;

  test.expected = {
    "home-path/share/applications/full.desktop" = ./entries-expected-full.desktop;
    "home-path/share/applications/min.desktop" = ./entries-expected-min.desktop;
    "home-files/priorities" = ./entries-expected-priorities.txt;
  };
}
