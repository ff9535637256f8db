# services.gromit-mpx: the Gromit-MPX screen annotation tool as a
# graphical-session user service. Writes ~/.config/gromit-mpx.ini (its
# settings, which Gromit-MPX would otherwise rewrite itself; linking it from
# the store keeps them fixed) and ~/.config/gromit-mpx.cfg (one tool per
# entry of `tools`, then `cfgSettings`). The service restarts when either
# file changes.
{
  config,
  lib,
  options,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.services.gromit-mpx;
  ini = pkgs.formats.ini { };

  # `opacity` survives only as a deprecated way to set Drawing.Opacity.
  opacityOption = options.services.gromit-mpx.opacity;
  opacityIsSet = opacityOption.highestPrio < (lib.mkOptionDefault { }).priority;

  # A key is a keysym name or a raw keycode; null turns it off.
  keyArgs =
    flag: key:
    if lib.isInt key then
      "--${flag}code ${toString key}"
    else
      "--${flag} ${if key == null then "none" else key}";

  commandArgs = "${keyArgs "key" cfg.hotKey} ${keyArgs "undo-key" cfg.undoKey}";

  # The mouse buttons and modifier keys a tool may require.
  modsAndButtons = [
    "1"
    "2"
    "3"
    "4"
    "5"
    "SHIFT"
    "CONTROL"
    "ALT"
    "META"
  ];

  # An eraser has no colour; the arrow size is given only when set.
  toolAttrs =
    tool:
    lib.concatStringsSep " " (
      [ "size=${toString tool.size}" ]
      ++ lib.optional (tool.type != "eraser") "color=\"${tool.color}\""
      ++ lib.optional (tool.arrowSize != null) "arrowsize=${toString tool.arrowSize}"
    );

  toolModifiers =
    tool: lib.optionalString (tool.modifiers != [ ]) "[${lib.concatStringsSep ", " tool.modifiers}]";

  # Tool n is defined, then bound to its device and modifiers; a blank line
  # separates the tools.
  toolEntry = n: tool: ''
    "tool-${toString n}" = ${lib.toUpper tool.type} (${toolAttrs tool});
    "${tool.device}"${toolModifiers tool} = "tool-${toString n}";
  '';

  toolType = types.submodule {
    options = {
      device = mkOption {
        type = types.str;
        example = "default";
        description = ''
          The xinput device this tool is used with; `default` means any.
        '';
      };

      type = mkOption {
        type = types.enum [
          "pen"
          "eraser"
          "recolor"
        ];
        default = "pen";
        example = "eraser";
        description = "The kind of tool.";
      };

      color = mkOption {
        type = types.str;
        default = "red";
        example = "#ff00ff";
        description = "The colour the tool draws (or recolours) with.";
      };

      size = mkOption {
        type = types.ints.positive;
        default = 5;
        example = 3;
        description = "The width of the tool.";
      };

      arrowSize = mkOption {
        type = types.nullOr types.ints.positive;
        default = null;
        example = 2;
        description = "When set, each stroke ends in an arrow of this size.";
      };

      modifiers = mkOption {
        type = types.listOf (types.enum modsAndButtons);
        default = [ ];
        example = [ "SHIFT" ];
        description = "Modifiers or buttons that must be held for this tool.";
      };
    };
  };

  defaultTool = attrs: { device = "default"; } // attrs;
in
{
  meta.maintainers = [ ];

  options.services.gromit-mpx = {
    enable = lib.mkEnableOption "Gromit-MPX annotation tool";

    package = lib.mkPackageOption pkgs "gromit-mpx" { };

    hotKey = mkOption {
      type = types.nullOr (types.either types.str types.ints.positive);
      default = "F9";
      example = "Insert";
      description = ''
        The keysym or raw keycode that turns drawing on and off; with
        `null` there is none, and only the command line toggles it.
      '';
    };

    undoKey = mkOption {
      type = types.nullOr (types.either types.str types.ints.positive);
      default = "F10";
      description = ''
        The keysym or raw keycode that undoes the last stroke (redoes it
        with Shift); `null` for none.
      '';
    };

    opacity = mkOption {
      type = types.addCheck types.float (f: f >= 0.0 && f <= 1.0) // {
        description = "float between 0.0 and 1.0 (inclusive)";
      };
      default = 0.75;
      example = 1.0;
      visible = false;
      description = ''
        Deprecated: the opacity of the drawing, now
        {option}`services.gromit-mpx.iniSettings.Drawing.Opacity`.
      '';
    };

    iniSettings = mkOption {
      inherit (ini) type;
      default = { };
      description = "Settings for {file}`$XDG_CONFIG_HOME/gromit-mpx.ini`.";
    };

    cfgSettings = mkOption {
      type = types.lines;
      default = "";
      description = ''
        Text added to {file}`$XDG_CONFIG_HOME/gromit-mpx.cfg` after the
        tools of {option}`services.gromit-mpx.tools`.
      '';
    };

    tools = mkOption {
      type = types.listOf toolType;
      default = map defaultTool [
        {
          type = "pen";
          size = 5;
          color = "red";
        }
        {
          type = "pen";
          size = 5;
          color = "blue";
          modifiers = [ "SHIFT" ];
        }
        {
          type = "pen";
          size = 5;
          color = "yellow";
          modifiers = [ "CONTROL" ];
        }
        {
          type = "pen";
          size = 6;
          color = "green";
          arrowSize = 1;
          modifiers = [ "2" ];
        }
        {
          type = "eraser";
          size = 75;
          modifiers = [ "3" ];
        }
      ];
      description = "The tools Gromit-MPX draws with, numbered in order.";
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [
      (lib.hm.assertions.assertPlatform "services.gromit-mpx" pkgs lib.platforms.linux)
    ];

    # A set `opacity` weighs as much as it was set with, so an explicit
    # Drawing.Opacity still wins over the default.
    services.gromit-mpx.iniSettings = {
      General.ShowIntroOnStartup = lib.mkDefault false;
      Drawing.Opacity = lib.mkOverride opacityOption.highestPrio cfg.opacity;
    };

    warnings = lib.optional opacityIsSet "The option `services.gromit-mpx.opacity' defined in ${lib.showFiles opacityOption.files} has been renamed to `services.gromit-mpx.iniSettings.Drawing.Opacity'.";

    xdg.configFile = {
      "gromit-mpx.ini".source = ini.generate "gromitmpx.ini" cfg.iniSettings;
      "gromit-mpx.cfg".text = lib.concatStringsSep "\n" (
        lib.filter (part: part != "") [
          (lib.concatStringsSep "\n" (lib.imap1 toolEntry cfg.tools))
          cfg.cfgSettings
        ]
      );
    };

    home.packages = [ cfg.package ];

    systemd.user.services.gromit-mpx = {
      Unit = {
        Description = "Gromit-MPX";
        After = [ "graphical-session.target" ];
        PartOf = [ "graphical-session.target" ];
        X-Restart-Triggers = [
          "${config.xdg.configFile."gromit-mpx.cfg".source}"
          "${config.xdg.configFile."gromit-mpx.ini".source}"
        ];
      };

      Service = {
        Type = "simple";
        ExecStart = "${cfg.package}/bin/gromit-mpx ${commandArgs}";
      };

      Install.WantedBy = [ "graphical-session.target" ];
    };
  };
}
