# programs.gnome-terminal: GNOME Terminal's preferences and profiles as
# dconf.settings under org/gnome/terminal/legacy (the profiles list, the
# default profile and one profiles:/:<uuid> directory per profile), the
# package, and VTE integration for the shells. Profile names must be UUIDs.
{
  config,
  lib,
  options,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.programs.gnome-terminal;

  dconfPath = "org/gnome/terminal/legacy";

  eraseBinding = types.enum [
    "auto"
    "ascii-backspace"
    "ascii-delete"
    "delete-sequence"
    "tty"
  ];

  colorPair =
    what:
    types.submodule {
      options = {
        foreground = mkOption {
          type = types.str;
          description = "The ${what}'s foreground color.";
        };
        background = mkOption {
          type = types.str;
          description = "The ${what}'s background color.";
        };
      };
    };

  colorsModule = types.submodule {
    options = {
      foregroundColor = mkOption {
        type = types.str;
        description = "The text color.";
      };

      backgroundColor = mkOption {
        type = types.str;
        description = "The background color.";
      };

      boldColor = mkOption {
        type = types.nullOr types.str;
        default = null;
        description = "The color of bold text; `null` uses the text color.";
      };

      palette = mkOption {
        type = types.listOf types.str;
        description = "The terminal's color palette.";
      };

      cursor = mkOption {
        type = types.nullOr (colorPair "cursor");
        default = null;
        description = "The cursor's colors; `null` for the default.";
      };

      highlight = mkOption {
        type = types.nullOr (colorPair "selection");
        default = null;
        description = "The colors of highlighted (selected) text; `null` for the default.";
      };
    };
  };

  # A `null`able boolean option, left out of dconf while null.
  optionalBool =
    description:
    mkOption {
      type = types.nullOr types.bool;
      default = null;
      inherit description;
    };

  profileModule = types.submodule {
    options = {
      default = mkOption {
        type = types.bool;
        default = false;
        description = "Whether this profile is the default one.";
      };

      visibleName = mkOption {
        type = types.str;
        description = "The profile's name as the terminal shows it.";
      };

      colors = mkOption {
        type = types.nullOr colorsModule;
        default = null;
        description = "The profile's colors; `null` follows the theme.";
      };

      cursorBlinkMode = mkOption {
        type = types.enum [
          "system"
          "on"
          "off"
        ];
        default = "system";
        description = "Whether the cursor blinks.";
      };

      cursorShape = mkOption {
        type = types.enum [
          "block"
          "ibeam"
          "underline"
        ];
        default = "block";
        description = "The cursor's shape.";
      };

      font = mkOption {
        type = types.nullOr types.str;
        default = null;
        description = "The font (a Pango font name); `null` uses the system's.";
      };

      allowBold = optionalBool "Whether programs may show bold text (written only with `colors` set).";

      scrollOnOutput = mkOption {
        type = types.bool;
        default = true;
        description = "Whether new output scrolls to the bottom.";
      };

      showScrollbar = mkOption {
        type = types.bool;
        default = true;
        description = "Whether the scroll bar is shown.";
      };

      scrollbackLines = mkOption {
        type = types.nullOr types.int;
        default = 10000;
        description = "How many lines of scrollback are kept; `null` for no limit.";
      };

      customCommand = mkOption {
        type = types.nullOr types.str;
        default = null;
        description = "A command run instead of the user's shell; `null` runs the shell.";
      };

      loginShell = mkOption {
        type = types.bool;
        default = false;
        description = "Whether the command runs as a login shell.";
      };

      backspaceBinding = mkOption {
        type = eraseBinding;
        default = "ascii-delete";
        description = ''
          What Backspace sends: `auto` (from the tty's settings),
          `ascii-backspace` (0x08), `ascii-delete` (0x7F), `delete-sequence`
          (the `@7` escape sequence) or `tty` (the tty's erase character).
        '';
      };

      boldIsBright = optionalBool "Whether bold text uses the bright colors (written only with `colors` set).";

      deleteBinding = mkOption {
        type = eraseBinding;
        default = "delete-sequence";
        description = "What Delete sends; the values are those of `backspaceBinding`.";
      };

      audibleBell = mkOption {
        type = types.bool;
        default = true;
        description = "Whether the terminal bell makes a sound.";
      };

      transparencyPercent = mkOption {
        type = types.nullOr (types.ints.between 0 100);
        default = null;
        description = "How transparent the background is, in percent (only with `colors` set).";
      };
    };
  };

  # An optional color pair: <name>-colors-set, and the two colors if set.
  pairKeys =
    name: pair:
    {
      "${name}-colors-set" = pair != null;
    }
    // lib.optionalAttrs (pair != null) {
      "${name}-foreground-color" = pair.foreground;
      "${name}-background-color" = pair.background;
    };

  colorKeys =
    p:
    let
      c = p.colors;
    in
    {
      use-theme-colors = false;
      foreground-color = c.foregroundColor;
      background-color = c.backgroundColor;
      inherit (c) palette;
      bold-color-same-as-fg = c.boldColor == null;
    }
    // lib.optionalAttrs (c.boldColor != null) { bold-color = c.boldColor; }
    // lib.optionalAttrs (p.allowBold != null) { allow-bold = p.allowBold; }
    // lib.optionalAttrs (p.boldIsBright != null) { bold-is-bright = p.boldIsBright; }
    // pairKeys "cursor" c.cursor
    // pairKeys "highlight" c.highlight
    // lib.optionalAttrs (p.transparencyPercent != null) {
      background-transparency-percent = p.transparencyPercent;
      use-theme-transparency = false;
      use-transparent-background = true;
    };

  profileKeys =
    p:
    {
      audible-bell = p.audibleBell;
      visible-name = p.visibleName;
      scroll-on-output = p.scrollOnOutput;
      scrollbar-policy = if p.showScrollbar then "always" else "never";
      scrollback-lines = p.scrollbackLines;
      cursor-shape = p.cursorShape;
      cursor-blink-mode = p.cursorBlinkMode;
      login-shell = p.loginShell;
      backspace-binding = p.backspaceBinding;
      delete-binding = p.deleteBinding;
      use-custom-command = p.customCommand != null;
      use-system-font = p.font == null;
    }
    // lib.optionalAttrs (p.customCommand != null) { custom-command = p.customCommand; }
    // lib.optionalAttrs (p.font != null) { inherit (p) font; }
    // (if p.colors == null then { use-theme-colors = true; } else colorKeys p);

  uuidPattern = "[[:xdigit:]]{8}-[[:xdigit:]]{4}-[[:xdigit:]]{4}-[[:xdigit:]]{4}-[[:xdigit:]]{12}";
  badNames = lib.filter (n: builtins.match uuidPattern n == null) (lib.attrNames cfg.profile);
in
{
  options.programs.gnome-terminal = {
    enable = lib.mkEnableOption "Gnome Terminal";

    package = lib.mkPackageOption pkgs "gnome-terminal" { nullable = true; };

    showMenubar = mkOption {
      type = types.bool;
      default = true;
      description = "Whether new windows show the menu bar.";
    };

    themeVariant = mkOption {
      type = types.enum [
        "default"
        "light"
        "dark"
        "system"
      ];
      default = "default";
      description = "Which variant of the theme the terminal asks for.";
    };

    profile = mkOption {
      type = types.attrsOf profileModule;
      default = { };
      description = ''
        The terminal's profiles, each named by a UUID (make one with
        {command}`uuidgen`).
      '';
    };
  };

  config = lib.mkIf cfg.enable (
    lib.mkMerge [
      {
        assertions = [
          {
            assertion = badNames == [ ];
            message = ''
              The attribute name of a Gnome Terminal profile must be a UUID.
              Incorrect profile names: ${lib.concatStringsSep ", " badNames}'';
          }
        ];

        home.packages = lib.mkIf (cfg.package != null) [ cfg.package ];

        dconf.settings = {
          ${dconfPath} = {
            default-show-menubar = cfg.showMenubar;
            theme-variant = cfg.themeVariant;
            schema-version = 3;
          };
          # Like Home Manager, the first default profile by name, and an
          # error when there is none.
          "${dconfPath}/profiles:" = {
            default = lib.head (lib.attrNames (lib.filterAttrs (_: p: p.default) cfg.profile));
            list = lib.attrNames cfg.profile;
          };
        }
        // lib.mapAttrs' (n: p: lib.nameValuePair "${dconfPath}/profiles:/:${n}" (profileKeys p)) cfg.profile;

        programs.bash.enableVteIntegration = true;
      }
      # Hearth's zsh module has no VTE option yet; set it once there is one.
      (lib.optionalAttrs (options.programs.zsh ? enableVteIntegration) {
        programs.zsh.enableVteIntegration = true;
      })
    ]
  );
}
