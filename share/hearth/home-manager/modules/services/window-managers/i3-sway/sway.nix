# wayland.windowManager.sway: ~/.config/sway/config from the shared
# options (./lib/options.nix), sway's inputs, outputs, seats and switches,
# free-form settings, and sway-session.target, which the config starts once
# it has handed the session's variables to systemd and D-Bus.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib)
    concatStringsSep
    mapAttrsToList
    mkOption
    optional
    types
    ;

  cfg = config.wayland.windowManager.sway;

  common = import ./lib/options.nix {
    inherit
      config
      lib
      pkgs
      cfg
      ;
    moduleName = "sway";
    capitalModuleName = "Sway";
  };

  fns = import ./lib/functions.nix {
    inherit lib cfg;
    moduleName = "sway";
  };

  toSwayConf = import ./lib/sway-conf.nix { inherit lib; };

  yesNo = lib.hm.booleans.yesNo;

  defaultKeybindings =
    let
      c = cfg.config;
      mod = c.modifier;
      key = n: toString (lib.mod n 10);
      directions = {
        left = [
          c.left
          "Left"
        ];
        down = [
          c.down
          "Down"
        ];
        up = [
          c.up
          "Up"
        ];
        right = [
          c.right
          "Right"
        ];
      };
      perDirection =
        prefix: command:
        lib.concatLists (
          mapAttrsToList (dir: keys: map (k: lib.nameValuePair "${prefix}${k}" "${command} ${dir}") keys) directions
        );
    in
    {
      "${mod}+Return" = "exec ${c.terminal}";
      "${mod}+Shift+q" = "kill";
      "${mod}+d" = "exec ${c.menu}";

      "${mod}+b" = "splith";
      "${mod}+v" = "splitv";
      "${mod}+f" = "fullscreen toggle";
      "${mod}+a" = "focus parent";

      "${mod}+s" = "layout stacking";
      "${mod}+w" = "layout tabbed";
      "${mod}+e" = "layout toggle split";

      "${mod}+Shift+space" = "floating toggle";
      "${mod}+space" = "focus mode_toggle";

      "${mod}+Shift+minus" = "move scratchpad";
      "${mod}+minus" = "scratchpad show";

      "${mod}+Shift+c" = "reload";
      "${mod}+Shift+e" = "exec swaynag -t warning -m 'You pressed the exit shortcut. Do you really want to exit sway? This will end your Wayland session.' -b 'Yes, exit sway' 'swaymsg exit'";

      "${mod}+r" = "mode resize";
    }
    // lib.listToAttrs (
      perDirection "${mod}+" "focus"
      ++ perDirection "${mod}+Shift+" "move"
      ++ lib.concatMap (n: [
        (lib.nameValuePair "${mod}+${key n}" "workspace number ${toString n}")
        (lib.nameValuePair "${mod}+Shift+${key n}" "move container to workspace number ${toString n}")
      ]) (lib.genList (i: i + 1) 10)
    );

  homeRowKey =
    default: what:
    mkOption {
      type = types.str;
      inherit default;
      description = "The home row key for ${what}.";
    };

  blockOption =
    kind: example:
    mkOption {
      type = types.attrsOf (types.attrsOf types.str);
      default = { };
      inherit example;
      description = "${kind} blocks by name, each with its settings (see sway-${
        if kind == "seat" then "input" else kind
      }(5)).";
    };

  bindswitchModule = types.submodule {
    options = {
      action = mkOption {
        type = types.str;
        description = "The sway command run when the switch changes.";
      };
      locked = mkOption {
        type = types.bool;
        default = false;
        description = "Whether the binding also fires while the screen is locked (--locked).";
      };
      reload = mkOption {
        type = types.bool;
        default = false;
        description = "Whether the binding also fires when the configuration is reloaded (--reload).";
      };
    };
  };

  configModule = types.submodule {
    options = {
      inherit (common)
        fonts
        window
        floating
        focus
        assigns
        workspaceLayout
        workspaceAutoBackAndForth
        modifier
        keycodebindings
        colors
        bars
        startup
        gaps
        menu
        terminal
        defaultWorkspace
        workspaceOutputAssign
        ;

      left = homeRowKey "h" "moving left";
      down = homeRowKey "j" "moving down";
      up = homeRowKey "k" "moving up";
      right = homeRowKey "l" "moving right";

      keybindings = mkOption {
        type = types.attrsOf (types.nullOr types.str);
        # Each default at option-default priority, so a plain definition
        # of a key replaces just that binding.
        default = lib.mapAttrs (_: lib.mkOptionDefault) defaultKeybindings;
        defaultText = "sway's default key bindings";
        description = ''
          Key combinations and the commands they run (bindsym); null drops
          a binding. Define them with `lib.mkOptionDefault` to keep the
          defaults.
        '';
      };

      bindswitches = mkOption {
        type = types.attrsOf bindswitchModule;
        default = { };
        example = {
          "lid:on" = {
            locked = true;
            action = "output eDP-1 disable";
          };
        };
        description = "Switch events (lid:on, tablet:toggle, ...) and what they run (bindswitch).";
      };

      bindkeysToCode = mkOption {
        type = types.bool;
        default = false;
        example = true;
        description = "Whether key bindings are translated to key codes of the first layout (--to-code).";
      };

      input = blockOption "input" {
        "*".xkb_variant = "dvorak";
      };
      output = blockOption "output" {
        "HDMI-A-2".bg = "~/path/to/background.png fill";
      };
      seat = blockOption "seat" {
        "*".hide_cursor = "when-typing enable";
      };

      modes = mkOption {
        type = types.attrsOf (types.attrsOf types.str);
        default.resize = {
          "${cfg.config.left}" = "resize shrink width 10 px";
          "${cfg.config.down}" = "resize grow height 10 px";
          "${cfg.config.up}" = "resize shrink height 10 px";
          "${cfg.config.right}" = "resize grow width 10 px";
          Left = "resize shrink width 10 px";
          Down = "resize grow height 10 px";
          Up = "resize shrink height 10 px";
          Right = "resize grow width 10 px";
          Escape = "mode default";
          Return = "mode default";
        };
        description = "Binding modes, each with its key bindings (use extraConfig for more).";
      };
    };
  };

  bindswitchesStr =
    switches:
    concatStringsSep "\n" (
      mapAttrsToList (
        event: s:
        "bindswitch ${lib.optionalString s.locked "--locked "}${lib.optionalString s.reload "--reload "} ${event} ${s.action}"
      ) switches
    );

  blockStr = kind: name: attrs: ''
    ${kind} "${name}" {
    ${concatStringsSep "\n" (mapAttrsToList (k: v: "  ${k} ${v}") attrs)}
    }
  '';

  startupEntryStr =
    { command, always, ... }:
    ''
      ${if always then "exec_always" else "exec"} ${command}
    '';

  # "*" first, then whole device types, then single devices, so the more
  # specific blocks win.
  inputBlocks =
    input:
    let
      isType = n: lib.hasPrefix "type:" n;
      pick = f: mapAttrsToList (blockStr "input") (lib.filterAttrs (n: _: f n) input);
    in
    pick (n: n == "*") ++ pick isType ++ pick (n: n != "*" && !isType n);

  configLines =
    with cfg.config;
    let
      bindsymArgs = lib.optionalString bindkeysToCode "--to-code";
    in
    [
      (fns.fontConfigStr fonts)
      "floating_modifier ${floating.modifier}"
      (fns.windowBorderString window floating)
      "hide_edge_borders ${window.hideEdgeBorders}"
      "focus_wrapping ${focus.wrapping}"
      "focus_follows_mouse ${focus.followMouse}"
      "focus_on_window_activation ${focus.newWindow}"
      "mouse_warping ${
        if builtins.isString focus.mouseWarping then
          focus.mouseWarping
        else if focus.mouseWarping then
          "output"
        else
          "none"
      }"
      "workspace_layout ${workspaceLayout}"
      "workspace_auto_back_and_forth ${yesNo workspaceAutoBackAndForth}"
      "client.focused ${fns.colorSetStr colors.focused}"
      "client.focused_inactive ${fns.colorSetStr colors.focusedInactive}"
      "client.unfocused ${fns.colorSetStr colors.unfocused}"
      "client.urgent ${fns.colorSetStr colors.urgent}"
      "client.placeholder ${fns.colorSetStr colors.placeholder}"
      "client.background ${colors.background}"
      (fns.keybindingsStr {
        keybindings = fns.keybindingDefaultWorkspace;
        inherit bindsymArgs;
      })
      (fns.keybindingsStr {
        keybindings = fns.keybindingsRest;
        inherit bindsymArgs;
      })
      (fns.keycodebindingsStr keycodebindings)
    ]
    ++ optional (bindswitches != { }) (bindswitchesStr bindswitches)
    ++ inputBlocks input
    ++ mapAttrsToList (blockStr "output") output
    ++ mapAttrsToList (blockStr "seat") seat
    ++ mapAttrsToList (fns.modeStr bindkeysToCode) modes
    ++ mapAttrsToList fns.assignStr assigns
    ++ map fns.barStr bars
    ++ optional (gaps != null) fns.gapsStr
    ++ map fns.floatingCriteriaStr floating.criteria
    ++ map fns.windowCommandsStr window.commands
    ++ map startupEntryStr startup
    ++ map fns.workspaceOutputStr workspaceOutputAssign;

  # Hands the session's variables to systemd and D-Bus, starts
  # sway-session.target and stops it again when sway exits (swaymsg's
  # subscription ends with the IPC socket).
  systemdActivation =
    let
      variables = concatStringsSep " " cfg.systemd.variables;
      commands = concatStringsSep " && " cfg.systemd.extraCommands;
    in
    {
      dbus = ''exec "${pkgs.dbus}/bin/dbus-update-activation-environment --systemd ${variables}; ${commands}"'';
      broker = ''exec "systemctl --user import-environment ${variables}; ${commands}"'';
    }
    .${cfg.systemd.dbusImplementation};

  # set and include come first: the rest may use their variables.
  settingsText =
    let
      group = f: lib.filterAttrs (k: _: f k) cfg.settings;
      render = s: lib.optionalString (s != { }) (toSwayConf s);
    in
    render (group (k: k == "set"))
    + render (group (k: k == "include"))
    + render (group (k: k != "set" && k != "include"));

  configFile = pkgs.writeTextFile {
    name = "sway.conf";
    text =
      settingsText
      + concatStringsSep "\n" (
        optional (cfg.extraConfigEarly != "") cfg.extraConfigEarly
        ++ lib.optionals (cfg.config != null) configLines
        ++ optional cfg.systemd.enable systemdActivation
        ++ optional (!cfg.xwayland) "xwayland disable"
        ++ [ cfg.extraConfig ]
      );
    # sway --validate sets up a whole compositor (swaywm/sway#4691): Home
    # Manager runs it under xvfb-run; wlroots' headless backend needs no X
    # server. sway refuses to start as root, so root builds skip the check.
    checkPhase = lib.optionalString cfg.checkConfig ''
      if [ "$(id -u)" = 0 ]; then
        echo "sway does not run as root: the configuration is not checked"
      else
        export DBUS_SESSION_BUS_ADDRESS=/dev/null
        export XDG_RUNTIME_DIR=$(mktemp -d)
        export HOME=$XDG_RUNTIME_DIR WLR_BACKENDS=headless WLR_LIBINPUT_NO_DEVICES=1
        ${cfg.package}/bin/sway --config "$target" --validate --unsupported-gpu || {
          echo "sway rejected the generated configuration"
          exit 1
        }
      fi
    '';
  };

  # Nixpkgs' sway takes the wrapper settings through override. Debian's
  # has no wrapper: a script in front of it runs the session commands (with
  # the base wrapper) and passes the extra options, when there are any. The
  # GTK wrapper has no counterpart: Debian's GTK finds its modules itself.
  sessionCommands = lib.optionalString cfg.wrapperFeatures.base cfg.extraSessionCommands;
  defaultPackage =
    if pkgs.sway ? override then
      pkgs.sway.override {
        inherit (cfg) extraSessionCommands extraOptions;
        withBaseWrapper = cfg.wrapperFeatures.base;
        withGtkWrapper = cfg.wrapperFeatures.gtk;
      }
    else if sessionCommands == "" && cfg.extraOptions == [ ] then
      pkgs.sway
    else
      pkgs.symlinkJoin {
        name = "sway-wrapped";
        paths = [
          (pkgs.writeShellScriptBin "sway" ''
            ${sessionCommands}
            exec ${pkgs.sway}/bin/sway ${lib.escapeShellArgs cfg.extraOptions} "$@"
          '')
          pkgs.sway
        ];
      };

  wrapperFeature =
    default: what:
    mkOption {
      type = types.bool;
      inherit default;
      example = !default;
      description = "Whether the sway package uses ${what}.";
    };
in
{
  imports = [
    (lib.mkRenamedOptionModule
      [ "wayland" "windowManager" "sway" "systemdIntegration" ]
      [ "wayland" "windowManager" "sway" "systemd" "enable" ]
    )
  ];

  options.wayland.windowManager.sway = {
    enable = lib.mkEnableOption "the sway Wayland compositor";

    package = mkOption {
      type = types.nullOr types.package;
      default = defaultPackage;
      defaultText = lib.literalExpression "pkgs.sway with the wrapper settings";
      description = ''
        The sway package; it applies wrapperFeatures, extraSessionCommands
        and extraOptions. null installs nothing (sway comes from the
        system) and skips reloading sway on activation.
      '';
    };

    systemd = {
      enable = mkOption {
        type = types.bool;
        default = pkgs.stdenv.hostPlatform.isLinux;
        example = false;
        description = ''
          Whether sway's configuration hands the session's variables to
          systemd and D-Bus and starts sway-session.target, which binds
          graphical-session.target.
        '';
      };

      variables = mkOption {
        type = types.listOf types.str;
        default = [
          "DISPLAY"
          "WAYLAND_DISPLAY"
          "SWAYSOCK"
          "XDG_CURRENT_DESKTOP"
          "XDG_SESSION_TYPE"
          "NIXOS_OZONE_WL"
          "XCURSOR_THEME"
          "XCURSOR_SIZE"
        ];
        example = [ "--all" ];
        description = "Variables passed on to systemd's and D-Bus' user environment.";
      };

      dbusImplementation = mkOption {
        type = types.enum [
          "dbus"
          "broker"
        ];
        default = "dbus";
        example = "broker";
        description = ''
          The system's D-Bus: dbus-update-activation-environment passes the
          variables for "dbus", systemctl import-environment for "broker".
        '';
      };

      extraCommands = mkOption {
        type = types.listOf types.str;
        default = [
          "systemctl --user reset-failed"
          "systemctl --user start sway-session.target"
          "swaymsg -mt subscribe '[]' || true"
          "systemctl --user stop sway-session.target"
        ];
        description = "Commands run, joined with &&, once the variables are passed on.";
      };

      xdgAutostart = lib.mkEnableOption "XDG autostart entries through systemd-xdg-autostart-generator(8)";
    };

    xwayland = mkOption {
      type = types.bool;
      default = true;
      description = "Whether sway runs X11 programs through Xwayland.";
    };

    wrapperFeatures = mkOption {
      type = types.submodule {
        options = {
          base = wrapperFeature true "the wrapper running extraSessionCommands inside a D-Bus session";
          gtk = wrapperFeature false "the wrapper setting up GTK's environment";
        };
      };
      default = { };
      example.gtk = true;
      description = "Features of the sway package's wrapper.";
    };

    extraSessionCommands = mkOption {
      type = types.lines;
      default = "";
      example = ''
        export SDL_VIDEODRIVER=wayland
        export QT_QPA_PLATFORM=wayland
      '';
      description = "Shell commands run before sway starts.";
    };

    extraOptions = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [
        "--verbose"
        "--unsupported-gpu"
      ];
      description = "Command line arguments sway is started with.";
    };

    settings = mkOption {
      type =
        let
          valueType =
            types.oneOf [
              types.int
              types.float
              types.str
              types.path
              (types.listOf types.str)
              (types.attrsOf valueType)
            ]
            // {
              description = "Sway configuration value";
            };
        in
        valueType;
      default = { };
      description = "Free-form sway configuration (see sway(5)), written before everything else.";
    };

    config = mkOption {
      type = types.nullOr configModule;
      default = { };
      description = "Sway's configuration; null writes only the other parts.";
    };

    checkConfig = mkOption {
      type = types.bool;
      default = cfg.package != null;
      defaultText = lib.literalExpression "wayland.windowManager.sway.package != null";
      description = "Whether sway validates the generated file when it is built.";
    };

    extraConfig = mkOption {
      type = types.lines;
      default = "";
      description = "Lines added at the end of ~/.config/sway/config.";
    };

    extraConfigEarly = mkOption {
      type = types.lines;
      default = "";
      description = "Lines added at the start of ~/.config/sway/config.";
    };
  };

  config = lib.mkIf cfg.enable (
    lib.mkMerge [
      (lib.mkIf (cfg.config != null) {
        warnings =
          optional (builtins.isList cfg.config.fonts) "Specifying sway.config.fonts as a list is deprecated. Use the attrset version instead."
          ++ lib.concatMap (
            b:
            optional (builtins.isList b.fonts) "Specifying sway.config.bars[].fonts as a list is deprecated. Use the attrset version instead."
          ) cfg.config.bars
          ++ optional cfg.config.focus.forceWrapping "sway.config.focus.forceWrapping is deprecated, use focus.wrapping instead.";
      })

      {
        assertions = [
          (lib.hm.assertions.assertPlatform "wayland.windowManager.sway" pkgs lib.platforms.linux)
          {
            assertion = cfg.checkConfig -> cfg.package != null;
            message = "programs.sway.checkConfig requires non-null programs.sway.package";
          }
          {
            assertion = cfg.settings != { } -> cfg.extraConfigEarly == "";
            message = ''
              `wayland.windowManager.sway.extraConfigEarly` is not needed when
              using `wayland.windowManager.sway.settings`, it'll properly handle
              `set` and `include` configuration.
            '';
          }
        ];

        home.packages = optional (cfg.package != null) cfg.package ++ optional cfg.xwayland pkgs.xwayland;

        xdg.configFile."sway/config" = {
          source = configFile;
          onChange = lib.optionalString (cfg.package != null) ''
            swaySocket="''${XDG_RUNTIME_DIR:-/run/user/$UID}/sway-ipc.$UID.$(${pkgs.procps}/bin/pgrep --uid $UID -x sway || true).sock"
            if [ -S "$swaySocket" ]; then
              ${cfg.package}/bin/swaymsg -s $swaySocket reload
            fi
          '';
        };

        systemd.user.targets.sway-session = lib.mkIf cfg.systemd.enable {
          Unit = {
            Description = "sway compositor session";
            Documentation = [ "man:systemd.special(7)" ];
            BindsTo = [ "graphical-session.target" ];
            Wants = [ "graphical-session-pre.target" ] ++ optional cfg.systemd.xdgAutostart "xdg-desktop-autostart.target";
            After = [ "graphical-session-pre.target" ];
            Before = optional cfg.systemd.xdgAutostart "xdg-desktop-autostart.target";
          };
        };
      }
    ]
  );
}
