# gtk.gtk4: $XDG_CONFIG_HOME/gtk-4.0/settings.ini and gtk.css. GTK 4 reads
# gtk-theme-name but draws its own style anyway; a theme is applied by
# importing its gtk-4.0/gtk.css from the user's gtk.css, which needs the
# theme's package. From state version 26.05 gtk4.theme no longer follows
# gtk.theme, since forcing a theme on GTK 4 applications breaks some.
{ config, lib, ... }:

let
  inherit (lib) mkOption types;

  cfg = config.gtk;
  cfg4 = cfg.gtk4;
  gtkLib = import ./lib.nix { inherit lib; };

  inherited = gtkLib.inheritedOption cfg 4;

  themeType = gtkLib.themeType {
    what = "theme";
    packageExample = "pkgs.gnome-themes-extra";
  };

  # Older configurations keep inheriting gtk.theme, with a warning (shown
  # whenever the default is used) on how to choose.
  legacyTheme = lib.versionOlder config.home.stateVersion "26.05";
  themeWarning = ''
    The default value of `gtk.gtk4.theme` has changed from `config.gtk.theme` to `null`.
    You are currently using the legacy default (`config.gtk.theme`) because `home.stateVersion` is less than "26.05".
    To silence this warning and keep legacy behavior, set:
      gtk.gtk4.theme = config.gtk.theme;
    To adopt the new default behavior, set:
      gtk.gtk4.theme = null;
  '';

  themed = cfg4.theme != null && cfg4.theme.package != null;
  themeImport = ''
    /**
     * GTK 4 reads the theme configured by gtk-theme-name, but ignores it.
     * It does however respect user CSS, so import the theme from here.
    **/
    @import url("file://${cfg4.theme.package}/share/themes/${cfg4.theme.name}/gtk-4.0/gtk.css");
  '';
in
{
  options.gtk.gtk4 = gtkLib.versionOptions cfg 4 // {
    enable = lib.mkEnableOption "the GTK 4 configuration files" // {
      default = true;
    };

    font = inherited "font" lib.hm.types.fontType;

    theme = mkOption {
      type = types.nullOr themeType;
      default = if legacyTheme then lib.warn themeWarning cfg.theme else null;
      defaultText = lib.literalExpression ''
        if lib.versionAtLeast config.home.stateVersion "26.05" then null else config.gtk.theme
      '';
      description = ''
        The theme of GTK 4 applications, imported through `gtk-4.0/gtk.css`
        (GTK 4 has no theme setting of its own). Unsupported by GTK; some
        applications look broken with it.
      '';
    };

    extraCss = mkOption {
      type = types.lines;
      default = "";
      description = "CSS for `gtk-4.0/gtk.css`, after the theme's import if there is one.";
    };
  };

  config = lib.mkIf (cfg.enable && cfg4.enable) {
    xdg.configFile = {
      "gtk-4.0/settings.ini".text = gtkLib.settingsIni {
        Settings =
          gtkLib.settingsFor {
            version = 4;
            inherit (cfg4)
              font
              theme
              iconTheme
              cursorTheme
              colorScheme
              ;
          }
          // cfg4.extraConfig;
      };
      "gtk-4.0/gtk.css" = lib.mkIf (themed || cfg4.extraCss != "") {
        text = lib.optionalString themed themeImport + cfg4.extraCss;
      };
    };
  };
}
