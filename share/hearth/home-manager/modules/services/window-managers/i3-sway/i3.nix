# xsession.windowManager.i3: ~/.config/i3/config from the shared options
# (./lib/options.nix) plus i3's default bindings, and i3 as the X
# session's window manager.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) concatStringsSep mkOption types;

  cfg = config.xsession.windowManager.i3;

  common = import ./lib/options.nix {
    inherit
      config
      lib
      pkgs
      cfg
      ;
    moduleName = "i3";
  };

  fns = import ./lib/functions.nix {
    inherit lib cfg;
    moduleName = "i3";
  };

  yesNo = lib.hm.booleans.yesNo;

  defaultKeybindings =
    let
      mod = cfg.config.modifier;
      workspaces = lib.genList (i: i + 1) 10;
      key = n: toString (lib.mod n 10);
    in
    {
      "${mod}+Return" = "exec ${cfg.config.terminal}";
      "${mod}+Shift+q" = "kill";
      "${mod}+d" = "exec ${cfg.config.menu}";

      "${mod}+Left" = "focus left";
      "${mod}+Down" = "focus down";
      "${mod}+Up" = "focus up";
      "${mod}+Right" = "focus right";

      "${mod}+Shift+Left" = "move left";
      "${mod}+Shift+Down" = "move down";
      "${mod}+Shift+Up" = "move up";
      "${mod}+Shift+Right" = "move right";

      "${mod}+h" = "split h";
      "${mod}+v" = "split v";
      "${mod}+f" = "fullscreen toggle";

      "${mod}+s" = "layout stacking";
      "${mod}+w" = "layout tabbed";
      "${mod}+e" = "layout toggle split";

      "${mod}+Shift+space" = "floating toggle";
      "${mod}+space" = "focus mode_toggle";
      "${mod}+a" = "focus parent";

      "${mod}+Shift+minus" = "move scratchpad";
      "${mod}+minus" = "scratchpad show";

      "${mod}+Shift+c" = "reload";
      "${mod}+Shift+r" = "restart";
      "${mod}+Shift+e" = "exec i3-nagbar -t warning -m 'Do you want to exit i3?' -b 'Yes' 'i3-msg exit'";

      "${mod}+r" = "mode resize";
    }
    // lib.listToAttrs (
      lib.concatMap (n: [
        (lib.nameValuePair "${mod}+${key n}" "workspace number ${toString n}")
        (lib.nameValuePair "${mod}+Shift+${key n}" "move container to workspace number ${toString n}")
      ]) workspaces
    );

  configModule = types.submodule {
    options = {
      inherit (common)
        fonts
        window
        floating
        focus
        assigns
        modifier
        workspaceLayout
        workspaceAutoBackAndForth
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

      keybindings = mkOption {
        type = types.attrsOf (types.nullOr types.str);
        # Each default at option-default priority, so a plain definition
        # of a key replaces just that binding.
        default = lib.mapAttrs (_: lib.mkOptionDefault) defaultKeybindings;
        defaultText = "i3's default key bindings";
        description = ''
          Key combinations and the commands they run (bindsym); null drops
          a binding. Define them with `lib.mkOptionDefault` to keep the
          defaults.
        '';
      };

      modes = mkOption {
        type = types.attrsOf (types.attrsOf types.str);
        default.resize = {
          Left = "resize shrink width 10 px or 10 ppt";
          Down = "resize grow height 10 px or 10 ppt";
          Up = "resize shrink height 10 px or 10 ppt";
          Right = "resize grow width 10 px or 10 ppt";
          Escape = "mode default";
          Return = "mode default";
        };
        description = "Binding modes, each with its key bindings (use extraConfig for more).";
      };
    };
  };

  # exec [--no-startup-id] COMMAND; the deprecated workspace runs the
  # command through i3-msg on that workspace.
  startupEntryStr =
    {
      command,
      always,
      notification,
      workspace,
      ...
    }:
    concatStringsSep " " [
      (if always then "exec_always" else "exec")
      (if notification && workspace == null then "" else "--no-startup-id")
      (if workspace == null then command else "i3-msg 'workspace ${workspace}; exec ${command}'")
    ];

  configLines =
    with cfg.config;
    [
      (fns.fontConfigStr fonts)
      "floating_modifier ${floating.modifier}"
      (fns.windowBorderString window floating)
      "hide_edge_borders ${window.hideEdgeBorders}"
      "focus_wrapping ${focus.wrapping}"
      "focus_follows_mouse ${yesNo focus.followMouse}"
      "focus_on_window_activation ${focus.newWindow}"
      "mouse_warping ${if focus.mouseWarping then "output" else "none"}"
      "workspace_layout ${workspaceLayout}"
      "workspace_auto_back_and_forth ${yesNo workspaceAutoBackAndForth}"
      "client.focused ${fns.colorSetStr colors.focused}"
      "client.focused_inactive ${fns.colorSetStr colors.focusedInactive}"
      "client.unfocused ${fns.colorSetStr colors.unfocused}"
      "client.urgent ${fns.colorSetStr colors.urgent}"
      "client.placeholder ${fns.colorSetStr colors.placeholder}"
      "client.background ${colors.background}"
      (fns.keybindingsStr { keybindings = fns.keybindingDefaultWorkspace; })
      (fns.keybindingsStr { keybindings = fns.keybindingsRest; })
      (fns.keycodebindingsStr keycodebindings)
    ]
    ++ lib.mapAttrsToList (fns.modeStr false) modes
    ++ lib.mapAttrsToList fns.assignStr assigns
    ++ map fns.barStr bars
    ++ lib.optional (gaps != null) fns.gapsStr
    ++ map fns.floatingCriteriaStr floating.criteria
    ++ map fns.windowCommandsStr window.commands
    ++ map startupEntryStr startup
    ++ map fns.workspaceOutputStr workspaceOutputAssign;

  configFile = pkgs.writeTextFile {
    name = "i3.conf";
    text = concatStringsSep "\n" (
      lib.optionals (cfg.config != null) configLines ++ [ cfg.extraConfig ]
    );
    # i3 -C parses the file and exits; DBUS_SESSION_BUS_ADDRESS keeps a
    # wrapper from starting a bus.
    checkPhase = ''
      export DBUS_SESSION_BUS_ADDRESS=1
      ${cfg.package}/bin/i3 -c "$target" -C -d all || {
        echo "i3 rejected the generated configuration; run 'i3 -c $target -C -d all' for details"
        exit 1
      }
    '';
  };
in
{
  options.xsession.windowManager.i3 = {
    enable = lib.mkEnableOption "the i3 window manager";

    package = lib.mkPackageOption pkgs "i3" { };

    config = mkOption {
      type = types.nullOr configModule;
      default = { };
      description = "i3's configuration; null writes only extraConfig.";
    };

    extraConfig = mkOption {
      type = types.lines;
      default = "";
      description = "Lines added at the end of ~/.config/i3/config.";
    };
  };

  config = lib.mkIf cfg.enable (
    lib.mkMerge [
      {
        assertions = [
          (lib.hm.assertions.assertPlatform "xsession.windowManager.i3" pkgs lib.platforms.linux)
        ];

        home.packages = [ cfg.package ];

        xsession.windowManager.command = "${cfg.package}/bin/i3";

        xdg.configFile."i3/config" = {
          source = configFile;
          # Old sockets of earlier sessions refuse connections; skip them.
          onChange = ''
            for i3Socket in ''${XDG_RUNTIME_DIR:-/run/user/$UID}/i3/ipc-socket.*; do
              if [[ -S $i3Socket ]]; then
                ${cfg.package}/bin/i3-msg -s $i3Socket reload >/dev/null |& grep -v "Connection refused" || true
              fi
            done
          '';
        };
      }

      (lib.mkIf (cfg.config != null) {
        warnings =
          lib.optional (builtins.isList cfg.config.fonts) "Specifying i3.config.fonts as a list is deprecated. Use the attrset version instead."
          ++ lib.concatMap (
            b:
            lib.optional (builtins.isList b.fonts) "Specifying i3.config.bars[].fonts as a list is deprecated. Use the attrset version instead."
          ) cfg.config.bars
          ++ lib.optional cfg.config.focus.forceWrapping "i3.config.focus.forceWrapping is deprecated, use focus.wrapping instead."
          ++ lib.optional (lib.any (s: s.workspace != null) cfg.config.startup) (
            "'xsession.windowManager.i3.config.startup.*.workspace' is deprecated, "
            + "use 'xsession.windowManager.i3.config.assigns' instead."
            + "See https://github.com/nix-community/home-manager/issues/265."
          );
      })
    ]
  );
}
