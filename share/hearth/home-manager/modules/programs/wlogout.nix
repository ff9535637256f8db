# programs.wlogout: the wlogout logout menu for Wayland. Writes
# ~/.config/wlogout/layout, one JSON object per button and line (wlogout
# reads a sequence of objects, not an array), and ~/.config/wlogout/style.css.
# Linux only.
#
# Checked against Home Manager's module and tests.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.programs.wlogout;

  json = pkgs.formats.json { };

  button = types.submodule {
    freeformType = json.type;

    options = {
      label = mkOption {
        type = types.str;
        default = "";
        example = "shutdown";
        description = "The button's CSS name.";
      };

      action = mkOption {
        type = types.either types.path types.str;
        default = "";
        example = "systemctl poweroff";
        description = "The command run when the button is pressed.";
      };

      text = mkOption {
        type = types.str;
        default = "";
        example = "Shutdown";
        description = "The button's caption.";
      };

      keybind = mkOption {
        type = types.str;
        default = "";
        example = "s";
        description = "The key that presses the button.";
      };

      height = mkOption {
        type = types.nullOr (types.numbers.between 0 1);
        default = null;
        example = 0.5;
        description = "The button's height, as a share of the available height.";
      };

      width = mkOption {
        type = types.nullOr (types.numbers.between 0 1);
        default = null;
        example = 0.5;
        description = "The button's width, as a share of the available width.";
      };

      circular = mkOption {
        type = types.nullOr types.bool;
        default = null;
        example = true;
        description = "Whether the button is drawn round.";
      };
    };
  };

  # wlogout has no use for null settings; only the top level is cleaned.
  buttonLine = b: builtins.toJSON (lib.filterAttrs (_: v: v != null) b) + "\n";
in
{
  options.programs.wlogout = {
    enable = lib.mkEnableOption "wlogout, a logout menu for Wayland";

    package = lib.mkPackageOption pkgs "wlogout" { nullable = true; };

    layout = mkOption {
      type = types.listOf button;
      default = [ ];
      example = [
        {
          label = "shutdown";
          action = "systemctl poweroff";
          text = "Shutdown";
          keybind = "s";
        }
      ];
      description = ''
        The buttons of {file}`~/.config/wlogout/layout`, in order; see
        wlogout's README for the settings.
      '';
    };

    style = mkOption {
      type = types.nullOr (types.either types.path types.str);
      default = null;
      example = ''
        window {
          background: #16191C;
        }
      '';
      description = ''
        {file}`~/.config/wlogout/style.css`: CSS text, or a path whose file is
        linked as is.
      '';
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [ (lib.hm.assertions.assertPlatform "programs.wlogout" pkgs lib.platforms.linux) ];

    home.packages = lib.mkIf (cfg.package != null) [ cfg.package ];

    xdg.configFile."wlogout/layout" = lib.mkIf (cfg.layout != [ ]) {
      text = lib.concatMapStrings buttonLine cfg.layout;
    };

    xdg.configFile."wlogout/style.css" = lib.mkIf (cfg.style != null) (
      if builtins.isPath cfg.style || lib.isStorePath cfg.style then
        { source = cfg.style; }
      else
        { text = cfg.style; }
    );
  };
}
