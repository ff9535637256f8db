# What the gtk2, gtk3 and gtk4 modules share: the option type of a theme
# (package and name, a size for cursors), the settings every GTK version
# reads under the same keys, and the packages the profile gets.
{ lib }:

let
  inherit (lib) mkOption types;
in
rec {
  # A theme as { package; name; } (and `size` when withSize). `what` names
  # it in the descriptions ("icon theme").
  themeType =
    {
      what,
      withSize ? false,
      packageExample,
      nameExample ? "Adwaita",
    }:
    types.submodule {
      options = {
        package = mkOption {
          type = types.nullOr types.package;
          default = null;
          example = lib.literalExpression packageExample;
          description = ''
            The package holding the ${what}; it is added to the profile.
            `null` when the ${what} is installed some other way.
          '';
        };
        name = mkOption {
          type = types.str;
          example = nameExample;
          description = "The ${what}'s directory name inside its package.";
        };
      }
      // lib.optionalAttrs withSize {
        size = mkOption {
          type = types.nullOr types.int;
          default = null;
          example = 16;
          description = "The cursor size in pixels; `null` leaves it to GTK.";
        };
      };
    };

  # An option of gtk.gtk<version> that follows gtk.<name> unless set.
  inheritedOption =
    cfg: version: name: type:
    mkOption {
      type = types.nullOr type;
      default = cfg.${name};
      defaultText = lib.literalExpression "config.gtk.${name}";
      description = "The ${name} of GTK ${toString version} applications.";
    };

  # The options gtk.gtk3 and gtk.gtk4 share: the themes and colour scheme
  # that follow gtk.*, and extraConfig for their settings.ini.
  versionOptions = cfg: version: {
    iconTheme = inheritedOption cfg version "iconTheme" (themeType {
      what = "icon theme";
      packageExample = "pkgs.adwaita-icon-theme";
    });
    cursorTheme = inheritedOption cfg version "cursorTheme" (themeType {
      what = "cursor theme";
      withSize = true;
      packageExample = "pkgs.vanilla-dmz";
      nameExample = "Vanilla-DMZ";
    });
    colorScheme = inheritedOption cfg version "colorScheme" (
      types.enum [
        "dark"
        "light"
      ]
    );

    extraConfig = mkOption {
      type = types.attrsOf (
        types.oneOf [
          types.bool
          types.int
          types.str
        ]
      );
      default = { };
      example = {
        gtk-cursor-blink = false;
        gtk-recent-files-limit = 20;
      };
      description = "More GtkSettings properties for `gtk-${toString version}.0/settings.ini`; they win over the generated ones.";
    };
  };

  # GtkSettings properties for one GTK version. A font without a size gets
  # 11, GTK's own default. GTK 4 alone knows gtk-interface-color-scheme
  # (GtkInterfaceColorScheme: 2 is dark, 3 light).
  settingsFor =
    {
      version,
      font,
      theme,
      iconTheme,
      cursorTheme,
      colorScheme ? null,
    }:
    lib.optionalAttrs (font != null) {
      gtk-font-name = "${font.name} ${toString (if font.size != null then font.size else 11)}";
    }
    // lib.optionalAttrs (theme != null) { gtk-theme-name = theme.name; }
    // lib.optionalAttrs (iconTheme != null) { gtk-icon-theme-name = iconTheme.name; }
    // lib.optionalAttrs (cursorTheme != null) { gtk-cursor-theme-name = cursorTheme.name; }
    // lib.optionalAttrs (cursorTheme != null && cursorTheme.size != null) {
      gtk-cursor-theme-size = cursorTheme.size;
    }
    // lib.optionalAttrs (colorScheme == "dark") { gtk-application-prefer-dark-theme = true; }
    // lib.optionalAttrs (version == 4 && colorScheme != null) {
      gtk-interface-color-scheme = if colorScheme == "dark" then 2 else 3;
    };

  # settings.ini of GTK 3 and 4: one [Settings] section, key=value, booleans
  # as true/false.
  settingsIni = lib.generators.toINI {
    mkKeyValue =
      key: value:
      "${lib.escape [ "=" ] key}=${if lib.isBool value then lib.boolToString value else toString value}";
  };

  # The theme, icon, cursor and font packages of the enabled versions,
  # each once.
  packagesOf =
    versions:
    lib.unique (
      lib.concatMap (
        v:
        lib.optionals v.enable (
          builtins.filter (p: p != null) (
            map (t: if t == null then null else t.package) [
              v.theme
              v.iconTheme
              v.cursorTheme
              v.font
            ]
          )
        )
      ) versions
    );
}
