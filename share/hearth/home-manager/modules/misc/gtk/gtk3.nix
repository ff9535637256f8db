# gtk.gtk3: $XDG_CONFIG_HOME/gtk-3.0/settings.ini, gtk.css (only with
# extraCss) and the file chooser's bookmarks (only with some).
#
# Home Manager also mirrors the font and themes into dconf
# (org/gnome/desktop/interface), which GNOME's settings daemon reads
# instead of settings.ini. Hearth has no dconf module (loading a dconf
# database needs dconf and a D-Bus session at activation), so that part is
# only set when a dconf.settings option exists.
{
  config,
  options,
  lib,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.gtk;
  cfg3 = cfg.gtk3;
  gtkLib = import ./lib.nix { inherit lib; };

  inherited = gtkLib.inheritedOption cfg 3;

  settings = gtkLib.settingsFor {
    version = 3;
    inherit (cfg3)
      font
      theme
      iconTheme
      cursorTheme
      colorScheme
      ;
  };

  # settings.ini keys and the org.gnome.desktop.interface keys they match.
  dconfKeys = {
    gtk-font-name = "font-name";
    gtk-theme-name = "gtk-theme";
    gtk-icon-theme-name = "icon-theme";
    gtk-cursor-theme-name = "cursor-theme";
    gtk-cursor-theme-size = "cursor-size";
  };
  dconfInterface =
    lib.mapAttrs' (key: value: lib.nameValuePair dconfKeys.${key} value) (
      builtins.intersectAttrs dconfKeys settings
    )
    // lib.optionalAttrs (cfg3.colorScheme != null) { color-scheme = "prefer-${cfg3.colorScheme}"; };
in
{
  options.gtk.gtk3 = gtkLib.versionOptions cfg 3 // {
    enable = lib.mkEnableOption "the GTK 3 configuration files" // {
      default = true;
    };

    font = inherited "font" lib.hm.types.fontType;
    theme = inherited "theme" (gtkLib.themeType {
      what = "theme";
      packageExample = "pkgs.gnome-themes-extra";
    });
    extraCss = mkOption {
      type = types.lines;
      default = "";
      description = "The text of `gtk-3.0/gtk.css`; no file when empty.";
    };

    bookmarks = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [ "file:///home/jane/Documents" ];
      description = "The file chooser's bookmarks (URIs, optionally followed by a label).";
    };
  };

  config = lib.mkIf (cfg.enable && cfg3.enable) (
    lib.mkMerge [
      {
        xdg.configFile = {
          "gtk-3.0/settings.ini".text = gtkLib.settingsIni { Settings = settings // cfg3.extraConfig; };
          "gtk-3.0/gtk.css" = lib.mkIf (cfg3.extraCss != "") { text = cfg3.extraCss; };
          "gtk-3.0/bookmarks" = lib.mkIf (cfg3.bookmarks != [ ]) {
            text = lib.concatMapStrings (b: b + "\n") cfg3.bookmarks;
          };
        };
      }
      (lib.optionalAttrs (options ? dconf.settings) {
        dconf.settings."org/gnome/desktop/interface" = dconfInterface;
      })
    ]
  );
}
