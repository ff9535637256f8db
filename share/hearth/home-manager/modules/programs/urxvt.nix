# programs.urxvt: rxvt-unicode, configured through X resources
# (xresources.properties, so ~/.Xresources): URxvt.* lines for the
# scrollbar, scrollback, transparency and ISO 14755 input, one
# URxvt.keysym.* line per key binding, the font list, and extra resources.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.programs.urxvt;

  scrollBarType = types.submodule {
    options = {
      enable = mkOption {
        type = types.bool;
        default = true;
        description = "Whether to show a scrollbar.";
      };
      style = mkOption {
        type = types.enum [
          "rxvt"
          "plain"
          "next"
          "xterm"
        ];
        default = "plain";
        description = "Look of the scrollbar.";
      };
      align = mkOption {
        type = types.enum [
          "top"
          "bottom"
          "center"
        ];
        default = "center";
        description = "Where the scrollbar's thumb is anchored.";
      };
      position = mkOption {
        type = types.enum [
          "left"
          "right"
        ];
        default = "right";
        description = "Side of the window the scrollbar is on.";
      };
      floating = mkOption {
        type = types.bool;
        default = true;
        description = "Whether an rxvt-style scrollbar is drawn without its trough.";
      };
    };
  };
in
{
  options.programs.urxvt = {
    enable = lib.mkEnableOption "rxvt-unicode terminal emulator";

    package = lib.mkPackageOption pkgs "rxvt-unicode" { };

    fonts = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [ "xft:Droid Sans Mono Nerd Font:size=9" ];
      description = "Fonts, in order of preference; written as URxvt.font, comma separated.";
    };

    keybindings = mkOption {
      type = types.attrsOf types.str;
      default = { };
      example = lib.literalExpression ''
        {
          "Shift-Control-C" = "eval:selection_to_clipboard";
          "Shift-Control-V" = "eval:paste_clipboard";
        }
      '';
      description = "Action bound to each key, one URxvt.keysym resource each.";
    };

    iso14755 = mkOption {
      type = types.bool;
      default = true;
      description = "Whether the ISO 14755 mode for showing and typing Unicode characters is available.";
    };

    scroll = {
      bar = mkOption {
        type = scrollBarType;
        default = { };
        description = "The scrollbar.";
      };

      lines = mkOption {
        type = types.ints.unsigned;
        default = 10000;
        description = "Lines kept in the scrollback buffer.";
      };

      keepPosition = mkOption {
        type = types.bool;
        default = true;
        description = "Whether the view stays where it is when new lines arrive.";
      };

      scrollOnKeystroke = mkOption {
        type = types.bool;
        default = true;
        description = "Whether a key press scrolls back to the bottom.";
      };

      scrollOnOutput = mkOption {
        type = types.bool;
        default = false;
        description = "Whether new output scrolls back to the bottom.";
      };
    };

    transparent = mkOption {
      type = types.bool;
      default = false;
      description = "Whether the background is pseudo-transparent.";
    };

    shading = mkOption {
      type = types.ints.between 0 200;
      default = 100;
      description = "Darkening (below 100) or lightening (above 100) of a transparent background.";
    };

    extraConfig = mkOption {
      type = types.attrsOf types.anything;
      default = { };
      example = {
        shading = 15;
      };
      description = "Further resources, by name without the `URxvt.` prefix.";
    };
  };

  config = lib.mkIf cfg.enable {
    home.packages = [ cfg.package ];

    # Later sets win: a key binding or extra resource replaces a fixed one.
    xresources.properties =
      {
        "URxvt.scrollBar" = cfg.scroll.bar.enable;
        "URxvt.scrollstyle" = cfg.scroll.bar.style;
        "URxvt.scrollBar_align" = cfg.scroll.bar.align;
        "URxvt.scrollBar_right" = cfg.scroll.bar.position == "right";
        "URxvt.scrollBar_floating" = cfg.scroll.bar.floating;
        "URxvt.saveLines" = cfg.scroll.lines;
        "URxvt.scrollWithBuffer" = cfg.scroll.keepPosition;
        "URxvt.scrollTtyKeypress" = cfg.scroll.scrollOnKeystroke;
        "URxvt.scrollTtyOutput" = cfg.scroll.scrollOnOutput;
        "URxvt.transparent" = cfg.transparent;
        "URxvt.shading" = cfg.shading;
        "URxvt.iso14755" = cfg.iso14755;
      }
      // lib.mapAttrs' (key: action: lib.nameValuePair "URxvt.keysym.${key}" action) cfg.keybindings
      // lib.optionalAttrs (cfg.fonts != [ ]) { "URxvt.font" = lib.concatStringsSep "," cfg.fonts; }
      // lib.mapAttrs' (name: value: lib.nameValuePair "URxvt.${name}" value) cfg.extraConfig;
  };
}
