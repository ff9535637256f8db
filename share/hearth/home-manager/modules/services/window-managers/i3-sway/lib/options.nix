# The `config` options i3 and sway share, as Home Manager declares them:
# same names, types and defaults, so a configuration written for Home
# Manager renders the same file. `moduleName` is "i3" or "sway"; the few
# differences between the two are spelled out where they occur.
{
  config,
  lib,
  pkgs,
  cfg,
  moduleName,
  capitalModuleName ? moduleName,
}:

let
  inherit (lib) mkOption types literalExpression;

  isI3 = moduleName == "i3";
  isSway = !isI3;
  inherit (config.home) stateVersion;

  # Before 23.05 titlebars were off for sway, and for i3 when gaps were set
  # (i3-gaps drew them badly).
  titlebarDefault =
    if lib.versionOlder stateVersion "23.05" then isI3 && cfg.config.gaps == null else true;
  titlebarDefaultText =
    if isI3 then
      "true from state version 23.05 on, before it config.gaps == null"
    else
      "true from state version 23.05 on, false before";

  fontOptions = types.submodule {
    options = {
      names = mkOption {
        type = types.listOf types.str;
        default = [ "monospace" ];
        example = [
          "FontAwesome"
          "Terminus"
        ];
        description = "Font families, in order of preference (FreeType fonts only).";
      };
      style = mkOption {
        type = types.str;
        default = "";
        example = "Bold Semi-Condensed";
        description = "Font style, appended after the families.";
      };
      size = mkOption {
        type = types.either types.float types.str;
        default = 8.0;
        example = 11.5;
        description = "Font size.";
      };
    };
  };

  fontsOption =
    what:
    mkOption {
      type = types.either (types.listOf types.str) fontOptions;
      default = { };
      example = {
        names = [
          "DejaVu Sans Mono"
          "FontAwesome5Free"
        ];
        style = "Bold Semi-Condensed";
        size = 11.0;
      };
      description = "Font for ${what}; a plain list of families is deprecated.";
    };

  # Criteria select windows: `{ class = "^Firefox$"; }`; a value of true
  # writes the bare key (`[floating]`), false drops it.
  criteriaModule = types.attrsOf (types.either types.str types.bool);

  colorSetModule = types.submodule {
    options = lib.genAttrs [ "border" "childBorder" "background" "text" "indicator" ] (
      _:
      mkOption {
        type = types.str;
        visible = false;
      }
    );
  };

  barColorSetModule = types.submodule {
    options = lib.genAttrs [ "border" "background" "text" ] (
      _:
      mkOption {
        type = types.str;
        visible = false;
      }
    );
  };

  startupModule = types.submodule {
    options = {
      command = mkOption {
        type = types.str;
        description = "Command run at startup.";
      };
      always = mkOption {
        type = types.bool;
        default = false;
        description = "Whether to run the command again on every reload or restart of ${moduleName}.";
      };
    }
    // lib.optionalAttrs isI3 {
      notification = mkOption {
        type = types.bool;
        default = true;
        description = "Whether the command takes part in startup notification (without it, --no-startup-id).";
      };
      workspace = mkOption {
        type = types.nullOr types.str;
        default = null;
        description = "Deprecated: the workspace to start the command on; use `assigns` instead.";
      };
    };
  };

  windowCommandModule = types.submodule {
    options = {
      command = mkOption {
        type = types.str;
        example = "border pixel 1";
        description = "${capitalModuleName} command run on the matching windows.";
      };
      criteria = mkOption {
        type = criteriaModule;
        example = {
          title = "x200: ~/work";
          floating = true;
        };
        description = "The windows the command applies to.";
      };
    };
  };

  barModule = types.submodule {
    options =
      let
        # From state version 20.09 on these are unset (the bar's own
        # defaults apply); before, the values i3 documents were written.
        nullable =
          {
            type,
            default,
            description,
          }:
          mkOption {
            type = types.nullOr type;
            default = if lib.versionAtLeast stateVersion "20.09" then null else default;
            defaultText = literalExpression "null from state version 20.09 on, the example before";
            example = default;
            inherit description;
          };
        nullableColorSet =
          default: description:
          nullable {
            type = barColorSetModule;
            inherit default description;
          };
      in
      {
        fonts = fontsOption "this bar";

        extraConfig = mkOption {
          type = types.lines;
          default = "";
          description = "Lines added at the end of the bar block.";
        };

        id = mkOption {
          type = types.nullOr types.str;
          default = null;
          description = "The bar's id; unset, ${moduleName} numbers its bars.";
        };

        mode = nullable {
          type = types.enum [
            "dock"
            "hide"
            "invisible"
          ];
          default = "dock";
          description = "When the bar is visible.";
        };

        hiddenState = nullable {
          type = types.enum [
            "hide"
            "show"
          ];
          default = "hide";
          description = "The initial state of a bar in hide mode.";
        };

        position = nullable {
          type = types.enum [
            "top"
            "bottom"
          ];
          default = "bottom";
          description = "The screen edge the bar sits on.";
        };

        workspaceButtons = nullable {
          type = types.bool;
          default = true;
          description = "Whether the bar shows workspace buttons.";
        };

        workspaceNumbers = nullable {
          type = types.bool;
          default = true;
          description = "Whether workspace buttons show the workspaces' numbers.";
        };

        command = mkOption {
          type = types.str;
          # A sway installed by the system (package = null) still needs a
          # swaybar to name.
          default =
            let
              pkg = if isSway && cfg.package == null then pkgs.sway else cfg.package;
            in
            "${pkg}/bin/${moduleName}bar";
          defaultText = literalExpression "\${package}/bin/${moduleName}bar";
          description = "The program that draws the bar.";
        };

        statusCommand = nullable {
          type = types.str;
          default = "${pkgs.i3status}/bin/i3status";
          description = "The program producing the status line.";
        };

        colors = mkOption {
          type = types.submodule {
            options = {
              background = nullable {
                type = types.str;
                default = "#000000";
                description = "The bar's background.";
              };
              statusline = nullable {
                type = types.str;
                default = "#ffffff";
                description = "The status line's text colour.";
              };
              separator = nullable {
                type = types.str;
                default = "#666666";
                description = "The separators' colour.";
              };
              # Never given a value by the state version: older
              # configurations would otherwise get them on top of their own
              # colours.
              focusedBackground = mkOption {
                type = types.nullOr types.str;
                default = null;
                example = "#000000";
                description = "The background on the focused output.";
              };
              focusedStatusline = mkOption {
                type = types.nullOr types.str;
                default = null;
                example = "#ffffff";
                description = "The status line's colour on the focused output.";
              };
              focusedSeparator = mkOption {
                type = types.nullOr types.str;
                default = null;
                example = "#666666";
                description = "The separators' colour on the focused output.";
              };
              focusedWorkspace = nullableColorSet {
                border = "#4c7899";
                background = "#285577";
                text = "#ffffff";
              } "Border, background and text of the focused workspace's button.";
              activeWorkspace = nullableColorSet {
                border = "#333333";
                background = "#5f676a";
                text = "#ffffff";
              } "Border, background and text of a visible but unfocused workspace's button.";
              inactiveWorkspace = nullableColorSet {
                border = "#333333";
                background = "#222222";
                text = "#888888";
              } "Border, background and text of the other workspaces' buttons.";
              urgentWorkspace = nullableColorSet {
                border = "#2f343a";
                background = "#900000";
                text = "#ffffff";
              } "Border, background and text of a button whose workspace has an urgent window.";
              bindingMode = nullableColorSet {
                border = "#2f343a";
                background = "#900000";
                text = "#ffffff";
              } "Border, background and text of the binding mode indicator.";
            };
          };
          default = { };
          description = "The bar's colours (see the colors section of the i3 user guide).";
        };

        trayOutput = nullable {
          type = types.str;
          # Wayland has no primary output.
          default = if isI3 then "primary" else "*";
          description = "The output showing the tray.";
        };

        trayPadding = nullable {
          type = types.int;
          default = null;
          description = "Pixels of padding around and between tray icons.";
        };
      };
  };

  hideEdgeBordersValues =
    let
      common = [
        "none"
        "vertical"
        "horizontal"
        "both"
        "smart"
      ];
      sway = common ++ [ "smart_no_gaps" ];
    in
    if isI3 then common else sway ++ map (v: "--i3 ${v}") sway;

  defaultBar = {
    mode = "dock";
    hiddenState = "hide";
    position = "bottom";
    workspaceButtons = true;
    workspaceNumbers = true;
    statusCommand = "${pkgs.i3status}/bin/i3status";
    fonts = {
      names = [ "monospace" ];
      size = 8.0;
    };
    trayOutput = "primary";
    colors = {
      background = "#000000";
      statusline = "#ffffff";
      separator = "#666666";
      focusedWorkspace = {
        border = "#4c7899";
        background = "#285577";
        text = "#ffffff";
      };
      activeWorkspace = {
        border = "#333333";
        background = "#5f676a";
        text = "#ffffff";
      };
      inactiveWorkspace = {
        border = "#333333";
        background = "#222222";
        text = "#888888";
      };
      urgentWorkspace = {
        border = "#2f343a";
        background = "#900000";
        text = "#ffffff";
      };
      bindingMode = {
        border = "#2f343a";
        background = "#900000";
        text = "#ffffff";
      };
    };
  };

  nullableInt =
    what:
    mkOption {
      type = types.nullOr types.int;
      default = null;
      example = 5;
      description = "${what} gaps, in pixels.";
    };
in
{
  fonts = fontsOption "window titles and ${moduleName}'s messages";

  window = mkOption {
    type = types.submodule {
      options = {
        titlebar = mkOption {
          type = types.bool;
          default = titlebarDefault;
          defaultText = titlebarDefaultText;
          description = "Whether windows have titlebars.";
        };
        border = mkOption {
          type = types.int;
          default = 2;
          description = "Width of window borders.";
        };
        hideEdgeBorders = mkOption {
          type = types.enum hideEdgeBordersValues;
          default = "none";
          description = "Which window borders at the screen's edges to hide.";
        };
        commands = mkOption {
          type = types.listOf windowCommandModule;
          default = [ ];
          example = [
            {
              command = "border pixel 1";
              criteria.class = "XTerm";
            }
          ];
          description = "Commands run on the windows matching their criteria (for_window).";
        };
      };
    };
    default = { };
    description = "Window borders and titlebars.";
  };

  floating = mkOption {
    type = types.submodule {
      options = {
        titlebar = mkOption {
          type = types.bool;
          default = titlebarDefault;
          defaultText = titlebarDefaultText;
          description = "Whether floating windows have titlebars.";
        };
        border = mkOption {
          type = types.int;
          default = 2;
          description = "Width of floating windows' borders.";
        };
        modifier = mkOption {
          type = types.str;
          default = cfg.config.modifier;
          defaultText = literalExpression "config.modifier";
          example = "Mod4";
          description = "The modifier (or modifiers) held to drag floating windows.";
        };
        criteria = mkOption {
          type = types.listOf criteriaModule;
          default = [ ];
          example = [
            { title = "Steam - Update News"; }
            { class = "Pavucontrol"; }
          ];
          description = "Windows that open floating.";
        };
      };
    };
    default = { };
    description = "Floating windows.";
  };

  focus = mkOption {
    type = types.submodule {
      options = {
        newWindow = mkOption {
          type = types.enum [
            "smart"
            "urgent"
            "focus"
            "none"
          ];
          default = "smart";
          example = "none";
          description = "What happens when a window asks to be activated (focus_on_window_activation).";
        };
        followMouse = mkOption {
          type =
            if isSway then
              types.either (types.enum [
                "yes"
                "no"
                "always"
              ]) types.bool
            else
              types.bool;
          default = if isSway then "yes" else true;
          apply = v: if isSway && builtins.isBool v then lib.hm.booleans.yesNo v else v;
          description = "Whether focus follows the mouse.";
        };
        wrapping = mkOption {
          type = types.enum [
            "yes"
            "no"
            "force"
            "workspace"
          ];
          # The two modules read the deprecated forceWrapping differently
          # (sway's reading was inverted once and is kept).
          default =
            if isI3 then
              (if cfg.config.focus.forceWrapping then "force" else "yes")
            else if cfg.config.focus.forceWrapping then
              "yes"
            else
              "no";
          defaultText =
            if isI3 then
              ''if focus.forceWrapping then "force" else "yes"''
            else
              ''if focus.forceWrapping then "yes" else "no"'';
          description = "Whether moving focus past a container's edge wraps around (focus_wrapping).";
        };
        forceWrapping = mkOption {
          type = types.bool;
          default = false;
          description = "Deprecated: use `focus.wrapping`.";
        };
        mouseWarping = mkOption {
          type =
            if isSway then
              types.oneOf [
                types.bool
                (types.enum [
                  "container"
                  "output"
                ])
              ]
            else
              types.bool;
          default = true;
          description = "Whether the pointer jumps to the window that gets focus on another output.";
        };
      };
    };
    default = { };
    description = "Focus behaviour.";
  };

  assigns = mkOption {
    type = types.attrsOf (types.listOf criteriaModule);
    default = { };
    example = {
      "1: web" = [ { class = "^Firefox$"; } ];
    };
    description = "Workspaces, each with the criteria of the windows that open on it.";
  };

  modifier = mkOption {
    type = types.either (types.enum [
      "Shift"
      "Control"
      "Mod1"
      "Mod2"
      "Mod3"
      "Mod4"
      "Mod5"
    ]) types.str;
    default = "Mod1";
    example = "Mod4";
    description = "The modifier of the default key bindings.";
  };

  workspaceLayout = mkOption {
    type = types.enum [
      "default"
      "stacking"
      "tabbed"
    ];
    default = "default";
    example = "tabbed";
    description = "The layout new workspace-level containers start in.";
  };

  workspaceAutoBackAndForth = mkOption {
    type = types.bool;
    default = false;
    example = true;
    description = "Whether switching to the current workspace goes back to the previous one.";
  };

  keycodebindings = mkOption {
    type = types.attrsOf (types.nullOr types.str);
    default = { };
    example = {
      "214" = "exec /bin/script.sh";
    };
    description = "Key codes and the commands they run (bindcode); null drops a binding.";
  };

  colors = mkOption {
    type = types.submodule {
      options = {
        background = mkOption {
          type = types.str;
          default = "#ffffff";
          description = "Shown behind windows that do not fill their area.";
        };
        focused = mkOption {
          type = colorSetModule;
          default = {
            border = "#4c7899";
            background = "#285577";
            text = "#ffffff";
            indicator = "#2e9ef4";
            childBorder = "#285577";
          };
          description = "Colours of the focused window.";
        };
        focusedInactive = mkOption {
          type = colorSetModule;
          default = {
            border = "#333333";
            background = "#5f676a";
            text = "#ffffff";
            indicator = "#484e50";
            childBorder = "#5f676a";
          };
          description = "Colours of a container's focused child while focus is elsewhere.";
        };
        unfocused = mkOption {
          type = colorSetModule;
          default = {
            border = "#333333";
            background = "#222222";
            text = "#888888";
            indicator = "#292d2e";
            childBorder = "#222222";
          };
          description = "Colours of unfocused windows.";
        };
        urgent = mkOption {
          type = colorSetModule;
          default = {
            border = "#2f343a";
            background = "#900000";
            text = "#ffffff";
            indicator = "#900000";
            childBorder = "#900000";
          };
          description = "Colours of windows with the urgency hint.";
        };
        placeholder = mkOption {
          type = colorSetModule;
          default = {
            border = "#000000";
            background = "#0c0c0c";
            text = "#ffffff";
            indicator = "#000000";
            childBorder = "#0c0c0c";
          };
          description = "Colours of placeholder windows of restored layouts.";
        };
      };
    };
    default = { };
    description = "Window colours: border, background, text, indicator and child border each.";
  };

  bars = mkOption {
    type = types.listOf barModule;
    default = if lib.versionAtLeast stateVersion "20.09" then [ defaultBar ] else [ { } ];
    defaultText = literalExpression "one bar with i3's documented defaults";
    description = "The bars; an empty list has none.";
  };

  startup = mkOption {
    type = types.listOf startupModule;
    default = [ ];
    example = [
      {
        command = "firefox";
      }
    ];
    description = "Commands run when ${moduleName} starts.";
  };

  gaps = mkOption {
    type = types.nullOr (
      types.submodule {
        options = {
          inner = nullableInt "Inner";
          outer = nullableInt "Outer";
          horizontal = nullableInt "Horizontal";
          vertical = nullableInt "Vertical";
          top = nullableInt "Top";
          left = nullableInt "Left";
          bottom = nullableInt "Bottom";
          right = nullableInt "Right";
          smartGaps = mkOption {
            type = types.either types.bool (
              types.enum [
                "on"
                "off"
                "inverse_outer"
              ]
            );
            default = "off";
            apply =
              v:
              if v == true then
                "on"
              else if v == false then
                "off"
              else
                v;
            example = "on";
            description = "Whether gaps disappear on a workspace with one container.";
          };
          smartBorders = mkOption {
            type = types.enum [
              "on"
              "off"
              "no_gaps"
            ];
            default = "off";
            description = "Whether borders disappear on a workspace with one container.";
          };
        };
      }
    );
    default = null;
    description = "Gaps between windows and around the screen.";
  };

  terminal = mkOption {
    type = types.str;
    default = if isI3 then "i3-sensible-terminal" else "${pkgs.foot}/bin/foot";
    defaultText = if isI3 then "i3-sensible-terminal" else literalExpression "\${pkgs.foot}/bin/foot";
    example = "alacritty";
    description = "The terminal the default bindings open.";
  };

  menu = mkOption {
    type = types.str;
    default =
      if isSway then
        "${pkgs.dmenu}/bin/dmenu_path | ${pkgs.dmenu}/bin/dmenu | ${pkgs.findutils}/bin/xargs swaymsg exec --"
      else
        "${pkgs.dmenu}/bin/dmenu_run";
    defaultText = literalExpression "dmenu";
    example = "bemenu-run";
    description = "The launcher the default bindings open.";
  };

  defaultWorkspace = mkOption {
    type = types.nullOr types.str;
    default = null;
    example = "workspace number 9";
    description = ''
      The workspace shown when ${moduleName} starts: the key binding whose
      command equals this string is written first.
    '';
  };

  workspaceOutputAssign = mkOption {
    type = types.listOf (
      types.submodule {
        options = {
          workspace = mkOption {
            type = types.str;
            default = "";
            example = "Web";
            description = "The workspace's name.";
          };
          output = mkOption {
            type = types.either types.str (types.listOf types.str);
            default = "";
            apply = lib.toList;
            example = "eDP";
            description = "The output, or outputs in order of preference, the workspace opens on.";
          };
        };
      }
    );
    default = [ ];
    description = "Outputs workspaces are placed on.";
  };
}
