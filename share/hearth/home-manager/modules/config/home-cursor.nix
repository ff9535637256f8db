# home.pointerCursor: one cursor theme for every toolkit. The theme is
# linked as ~/.icons/<name> and $XDG_DATA_HOME/icons/<name> (older
# programs look only in ~/.icons), a "default" theme inheriting it is added
# beside it, and XCURSOR_THEME, XCURSOR_SIZE and XCURSOR_PATH name it.
# x11, gtk and hyprcursor hand it to those backends when enabled.
#
# Before state version 25.05 a non-null value enables it; from then on only
# `enable` does. The old xsession.pointerCursor.* options are aliases.
# The sway backend takes effect only when Hearth has a sway module (it has
# none yet).
{
  config,
  options,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.home.pointerCursor;
  defaultPriority = (lib.mkOptionDefault { }).priority;
  legacy = lib.versionOlder config.home.stateVersion "25.05";

  enabled =
    if legacy then
      if lib.any (d: d ? enable) options.home.pointerCursor.definitions then cfg.enable else cfg != null
    else
      cfg != null && cfg.enable;

  cursorModule = types.submodule {
    options = {
      enable = lib.mkEnableOption "the cursor theme configuration";

      package = mkOption {
        type = types.package;
        example = lib.literalExpression "pkgs.vanilla-dmz";
        description = "The package holding the cursor theme under `share/icons`.";
      };

      name = mkOption {
        type = types.str;
        example = "Vanilla-DMZ";
        description = "The cursor theme's directory name inside the package.";
      };

      size = mkOption {
        type = types.int;
        default = 32;
        example = 64;
        description = "The cursor size in pixels.";
      };

      dotIcons.enable = lib.mkEnableOption "the links under {file}`~/.icons`" // {
        default = true;
      };

      x11 = {
        enable = lib.mkEnableOption "setting the cursor for X11 sessions (xsetroot, Xresources)";

        defaultCursor = mkOption {
          type = types.str;
          default = "left_ptr";
          example = "X_cursor";
          description = "The cursor file the X root window shows.";
        };
      };

      gtk.enable = lib.mkEnableOption "using the cursor theme as GTK's default (gtk.cursorTheme)";

      sway.enable = lib.mkEnableOption "the cursor in sway's seat configuration";

      hyprcursor = {
        enable = lib.mkEnableOption "the HYPRCURSOR_THEME and HYPRCURSOR_SIZE variables";

        size = mkOption {
          type = types.nullOr types.int;
          default = null;
          example = 32;
          description = "The hyprcursor size; `null` uses the cursor size.";
        };
      };
    };
  };

  # A theme named "default" that inherits the chosen one: what programs
  # without XCURSOR_THEME (and X's own lookup) fall back to.
  defaultIndexTheme = pkgs.writeTextFile {
    name = "index.theme";
    destination = "/share/icons/default/index.theme";
    text = ''
      [Icon Theme]
      Name=Default
      Comment=Default Cursor Theme
      Inherits=${cfg.name}
    '';
  };
  defaultIndexFile = "${defaultIndexTheme}/share/icons/default/index.theme";
  themeDir = "${cfg.package}/share/icons/${cfg.name}";

  cursorFile = "${cfg.package}/share/icons/${lib.escapeShellArg cfg.name}/cursors/${lib.escapeShellArg cfg.x11.defaultCursor}";

  aliased = [
    "package"
    "name"
    "size"
    "defaultCursor"
  ];
  alias =
    from:
    lib.mkAliasOptionModule [ "xsession" "pointerCursor" from ] (
      [
        "home"
        "pointerCursor"
      ]
      ++ (if from == "defaultCursor" then [ "x11" "defaultCursor" ] else [ from ])
    );
in
{
  imports = map alias aliased;

  options.home.pointerCursor = mkOption {
    type = types.nullOr cursorModule;
    default = if legacy then null else { };
    defaultText = lib.literalExpression ''if lib.versionOlder config.home.stateVersion "25.05" then null else { }'';
    description = ''
      The cursor theme. The top-level options apply everywhere; each
      backend (`x11`, `gtk`, `hyprcursor`) is configured only when its own
      `enable` is set, and takes effect only if that backend is in use
      (gtk.enable for `gtk`).
    '';
  };

  config = lib.mkMerge [
    (lib.mkIf enabled (
      lib.mkMerge [
        {
          assertions = [ (lib.hm.assertions.assertPlatform "home.pointerCursor" pkgs lib.platforms.linux) ];

          home.packages = [
            cfg.package
            defaultIndexTheme
          ];

          home.sessionVariables = {
            XCURSOR_SIZE = lib.mkDefault cfg.size;
            XCURSOR_THEME = lib.mkDefault cfg.name;
          };

          # Some programs find cursors only through XCURSOR_PATH.
          home.sessionSearchVariables.XCURSOR_PATH = [ "${config.home.profileDirectory}/share/icons" ];

          xdg.dataFile."icons/default/index.theme".source = defaultIndexFile;
          xdg.dataFile."icons/${cfg.name}".source = themeDir;
        }

        (lib.mkIf cfg.dotIcons.enable {
          home.file.".icons/default/index.theme".source = defaultIndexFile;
          home.file.".icons/${cfg.name}".source = themeDir;
        })

        (lib.mkIf cfg.x11.enable {
          xsession.profileExtra = ''
            ${pkgs.xorg.xsetroot}/bin/xsetroot -xcf ${cursorFile} ${toString cfg.size}
          '';
          xresources.properties = {
            "Xcursor.theme" = cfg.name;
            "Xcursor.size" = cfg.size;
          };
        })

        (lib.mkIf cfg.gtk.enable {
          gtk.cursorTheme = lib.mkDefault { inherit (cfg) package name size; };
        })

        # Sway takes the size GTK uses, as Home Manager has it.
        (lib.optionalAttrs (options ? wayland.windowManager.sway) (
          lib.mkIf cfg.sway.enable {
            wayland.windowManager.sway.config.seat."*".xcursor_theme =
              "${cfg.name} ${toString config.gtk.cursorTheme.size}";
          }
        ))

        (lib.mkIf cfg.hyprcursor.enable {
          home.sessionVariables = {
            HYPRCURSOR_THEME = cfg.name;
            HYPRCURSOR_SIZE = if cfg.hyprcursor.size != null then cfg.hyprcursor.size else cfg.size;
          };
        })
      ]
    ))

    {
      warnings =
        lib.optional
          (lib.any (o: options.xsession.pointerCursor.${o}.isDefined) aliased)
          ''
            The option `xsession.pointerCursor` has been merged into `home.pointerCursor` and will be removed
            in the future. Please change to set `home.pointerCursor` directly and enable `home.pointerCursor.x11.enable`
            to generate x11 specific cursor configurations. You can refer to the documentation for more details.
          ''
        # Only a null the user wrote: the legacy default is null too.
        ++ lib.optional (cfg == null && options.home.pointerCursor.highestPrio < defaultPriority) ''
          Setting home.pointerCursor to null is deprecated.
          Please update your configuration to explicitly set:

            home.pointerCursor.enable = false;
        '';
    }
  ];
}
