# gtk: GTK 2, 3 and 4 theming. The options here are the defaults every
# version inherits; gtk2.nix, gtk3.nix and gtk4.nix write each version's
# files and may override them.
{ config, lib, ... }:

let
  inherit (lib) mkOption types;

  cfg = config.gtk;
  gtkLib = import ./lib.nix { inherit lib; };

  nullOr = t: description: mkOption {
    type = types.nullOr t;
    default = null;
    inherit description;
  };
in
{
  imports = [
    ./gtk2.nix
    ./gtk3.nix
    ./gtk4.nix
  ];

  options.gtk = {
    enable = lib.mkEnableOption "GTK theming and configuration";

    font = nullOr lib.hm.types.fontType "The font of every GTK version, unless one sets its own.";

    theme = nullOr (gtkLib.themeType {
      what = "theme";
      packageExample = "pkgs.gnome-themes-extra";
    }) "The theme of every GTK version, unless one sets its own.";

    iconTheme = nullOr (gtkLib.themeType {
      what = "icon theme";
      packageExample = "pkgs.adwaita-icon-theme";
    }) "The icon theme of every GTK version, unless one sets its own.";

    cursorTheme = nullOr (gtkLib.themeType {
      what = "cursor theme";
      withSize = true;
      packageExample = "pkgs.vanilla-dmz";
      nameExample = "Vanilla-DMZ";
    }) "The cursor theme of every GTK version, unless one sets its own.";

    colorScheme = nullOr (types.enum [
      "dark"
      "light"
    ]) "Whether GTK 3 and 4 applications should prefer a dark or a light style.";
  };

  config = lib.mkIf cfg.enable {
    home.packages = gtkLib.packagesOf [
      cfg.gtk2
      cfg.gtk3
      cfg.gtk4
    ];
  };
}
