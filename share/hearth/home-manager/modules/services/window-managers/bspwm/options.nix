# The options of xsession.windowManager.bspwm, apart from the module that
# renders them (./default.nix).
{ lib, pkgs }:

let
  inherit (lib) mkOption types;

  # A value bspc accepts as a setting or rule directive.
  scalar = types.oneOf [
    types.bool
    types.int
    types.float
    types.str
  ];

  # A rule directive known to bspc: unset (null) directives are left out.
  directive =
    type: example: description:
    mkOption {
      type = types.nullOr type;
      default = null;
      inherit example description;
    };

  flag = description: directive types.bool true description;

  rule = types.submodule {
    freeformType = types.attrsOf scalar;

    options = {
      monitor = directive types.str "HDMI-0" "Monitor the window is placed on.";
      desktop = directive types.str "^8" "Desktop the window is placed on.";
      node = directive types.str "1" "Node the window is inserted at.";
      state = directive (types.enum [
        "tiled"
        "pseudo_tiled"
        "floating"
        "fullscreen"
      ]) "floating" "State a new window starts in.";
      layer = directive (types.enum [
        "below"
        "normal"
        "above"
      ]) "above" "Stacking layer a new window starts in.";
      splitDir = directive (types.enum [
        "north"
        "west"
        "south"
        "east"
      ]) "south" "Direction the receiving container is split in.";
      splitRatio = directive types.float 0.65 "Share of the split container the new window takes.";
      hidden = flag "Whether the node takes no room in the tiling.";
      sticky = flag "Whether the node follows the focused desktop.";
      private = flag "Whether the node keeps its tiling position and size.";
      locked = flag "Whether the node ignores {command}`node --close`.";
      marked = flag "Whether the node is marked for a later action.";
      center = flag "Whether a floating node is centred.";
      follow = flag "Whether focus follows the node when it moves.";
      manage = flag "Whether bspwm manages the window at all (false for overlays).";
      focus = flag "Whether the node takes focus when it appears.";
      border = flag "Whether the node has a border.";
      rectangle = directive types.str "800x600+32+32" "Geometry of the node, as `WxH+X+Y`.";
    };
  };
in
{
  xsession.windowManager.bspwm = {
    enable = lib.mkEnableOption "bspwm window manager";

    package = lib.mkPackageOption pkgs "bspwm" { example = "bspwm-unstable"; };

    settings = mkOption {
      type = types.attrsOf (types.either scalar (types.listOf scalar));
      default = { };
      example = {
        border_width = 2;
        split_ratio = 0.52;
        gapless_monocle = true;
      };
      description = "Settings passed to `bspc config`; lists are joined with commas.";
    };

    extraConfigEarly = mkOption {
      type = types.lines;
      default = "";
      description = "Shell commands run first in bspwmrc.";
    };

    extraConfig = mkOption {
      type = types.lines;
      default = "";
      example = ''
        bspc subscribe all > ~/bspc-report.log &
      '';
      description = "Shell commands run at the end of bspwmrc, before the startup programs.";
    };

    monitors = mkOption {
      type = types.attrsOf (types.listOf types.str);
      default = { };
      example = {
        "HDMI-0" = [
          "web"
          "terminal"
          "III"
        ];
      };
      description = "Desktop names per monitor.";
    };

    alwaysResetDesktops = mkOption {
      type = types.bool;
      default = true;
      description = ''
        Whether every run of bspwmrc resets the desktops of {option}`monitors`.
        When false, only a monitor still holding bspwm's single default
        desktop gets them, so desktops added later survive a reload.
      '';
    };

    rules = mkOption {
      type = types.attrsOf rule;
      default = { };
      example = lib.literalExpression ''
        {
          Gimp = { desktop = "^8"; state = "floating"; follow = true; };
          Screenkey.manage = false;
        }
      '';
      description = "Rules by target (window class, optionally with instance).";
    };

    startupPrograms = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [
        "numlockx on"
        "tilda"
      ];
      description = "Commands bspwmrc starts in the background.";
    };
  };
}
