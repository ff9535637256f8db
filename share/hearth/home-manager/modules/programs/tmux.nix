# programs.tmux: ~/.config/tmux/tmux.conf in Home Manager's layout (the
# generated settings first, then the plugins, then extraConfig), the
# TMUX_TMPDIR variable for a socket under /run, and tmuxp/tmuxinator.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib)
    literalExpression
    mkIf
    mkOption
    optionalString
    types
    ;

  cfg = config.programs.tmux;

  onOff = b: if b then "on" else "off";

  isPackage = types.package.check;
  pluginName = p: if isPackage p then p.pname else p.plugin.pname;
  pluginRtp = p: if isPackage p then p.rtp else p.plugin.rtp;

  pluginModule = types.submodule {
    options = {
      plugin = mkOption {
        type = types.package;
        description = "The plugin package; its `rtp` file is run.";
      };
      extraConfig = mkOption {
        type = types.lines;
        default = "";
        description = "Lines placed just before the plugin is run, usually its `@` options.";
      };
    };
  };

  # Tmux's own prefix, which a changed prefix unbinds.
  tmuxDefaultPrefix = "C-b";
  prefixKey = if cfg.prefix != null then cfg.prefix else "C-${cfg.shortcut}";

  resize =
    key: dir: word:
    let
      n = toString cfg.resizeAmount;
    in
    ''
      bind -r -N "Resize the pane ${word} by ${n}" \
        ${key} resize-pane -${dir} ${n}'';

  # Each optional block leaves an empty line when off: the line breaks
  # around it are part of the layout Home Manager's users diff against.
  settingsText = ''
    ${optionalString cfg.sensibleOnTop ''
      # ============================================= #
      # Start with defaults from the Sensible plugin  #
      # --------------------------------------------- #
      run-shell ${pkgs.tmuxPlugins.sensible.rtp}
      # ============================================= #
    ''}
    set  -g default-terminal "${cfg.terminal}"
    set  -g base-index      ${toString cfg.baseIndex}
    setw -g pane-base-index ${toString cfg.baseIndex}
    ${optionalString (cfg.shell != null) ''
      # We need to set default-shell before calling new-session
      set  -g default-shell "${cfg.shell}"
    ''}
    ${optionalString cfg.newSession ''
      # Use -A to make new-session idempotent: attach if session "0" exists,
      # otherwise create it. This prevents duplicate sessions when multiple
      # configs (e.g., system and user) both enable newSession.
      new-session -A -s 0''}

    ${optionalString cfg.reverseSplit ''
      bind -N "Split the pane into two, left and right" v split-window -h
      bind -N "Split the pane into two, top and bottom" s split-window -v
    ''}

    set -g status-keys ${cfg.keyMode}
    set -g mode-keys   ${cfg.keyMode}

    ${optionalString (cfg.keyMode == "vi" && cfg.customPaneNavigationAndResize) ''
      bind -N "Select pane to the left of the active pane" h select-pane -L
      bind -N "Select pane below the active pane" j select-pane -D
      bind -N "Select pane above the active pane" k select-pane -U
      bind -N "Select pane to the right of the active pane" l select-pane -R

      ${resize "H" "L" "left"}
      ${resize "J" "D" "down"}
      ${resize "K" "U" "up"}
      ${resize "L" "R" "right"}
    ''}

    ${optionalString (prefixKey != tmuxDefaultPrefix) ''
      # rebind main key: ${prefixKey}
      unbind ${tmuxDefaultPrefix}
      set -g prefix ${prefixKey}
      bind -N "Send the prefix key through to the application" \
        ${prefixKey} send-prefix
    ''}

    ${optionalString cfg.disableConfirmationPrompt ''
      bind-key -N "Kill the current window" & kill-window
      bind-key -N "Kill the current pane" x kill-pane
    ''}

    set  -g mouse             ${onOff cfg.mouse}
    set  -g focus-events      ${onOff cfg.focusEvents}
    setw -g aggressive-resize ${onOff cfg.aggressiveResize}
    setw -g clock-mode-style  ${if cfg.clock24 then "24" else "12"}
    set  -s escape-time       ${toString cfg.escapeTime}
    set  -g history-limit     ${toString cfg.historyLimit}
  '';

  pluginsText = ''
    # ============================================= #
    # Load plugins with Home Manager                #
    # --------------------------------------------- #

    ${lib.concatMapStringsSep "\n\n" (p: ''
      # ${pluginName p}
      # ---------------------
      ${p.extraConfig or ""}
      run-shell ${pluginRtp p}
    '') cfg.plugins}
    # ============================================= #
  '';

  badPlugins = builtins.filter (p: !(lib.hasPrefix "tmuxplugin" (pluginName p))) cfg.plugins;
in
{
  options.programs.tmux = {
    enable = lib.mkEnableOption "tmux";

    package = lib.mkPackageOption pkgs "tmux" { };

    aggressiveResize = mkOption {
      type = types.bool;
      default = false;
      description = ''
        Size each window to the smallest client that is looking at it,
        rather than to the smallest client attached to its session.
      '';
    };

    baseIndex = mkOption {
      type = types.ints.unsigned;
      default = 0;
      example = 1;
      description = "Number given to the first window and to the first pane of a window.";
    };

    clock24 = mkOption {
      type = types.bool;
      default = false;
      description = "Show the clock mode in 24-hour time.";
    };

    customPaneNavigationAndResize = mkOption {
      type = types.bool;
      default = false;
      description = ''
        With the vi key mode, bind h/j/k/l to moving between panes and
        H/J/K/L (repeatable) to resizing the active one.
      '';
    };

    disableConfirmationPrompt = mkOption {
      type = types.bool;
      default = false;
      description = "Kill windows (`&`) and panes (`x`) at once, without asking first.";
    };

    escapeTime = mkOption {
      type = types.ints.unsigned;
      default = 10;
      example = 0;
      description = ''
        Milliseconds tmux waits after an escape to tell it apart from the
        start of a key sequence; long waits make Escape feel slow in
        editors.
      '';
    };

    focusEvents = mkOption {
      type = types.bool;
      default = false;
      description = "Pass terminal focus-in and focus-out events on to the programs in the panes.";
    };

    extraConfig = mkOption {
      type = types.lines;
      default = "";
      example = ''
        set -g renumber-windows on
        bind r source-file ~/.config/tmux/tmux.conf
      '';
      description = "Lines added at the end of {file}`tmux.conf`, after the plugins.";
    };

    historyLimit = mkOption {
      type = types.ints.positive;
      default = 2000;
      example = 100000;
      description = "Scrollback lines kept for each pane.";
    };

    keyMode = mkOption {
      type = types.enum [
        "emacs"
        "vi"
      ];
      default = "emacs";
      example = "vi";
      description = "Key bindings of the command prompt and of copy mode.";
    };

    mouse = mkOption {
      type = types.bool;
      default = false;
      description = "Let the mouse select and resize panes, pick windows and scroll.";
    };

    newSession = mkOption {
      type = types.bool;
      default = false;
      description = ''
        Have loading the configuration create (or attach to) session "0",
        so `tmux attach` works even when no session exists.
      '';
    };

    reverseSplit = mkOption {
      type = types.bool;
      default = false;
      description = "Bind `v` to a side-by-side split and `s` to a stacked one.";
    };

    resizeAmount = mkOption {
      type = types.ints.positive;
      default = 5;
      example = 2;
      description = "Cells a pane grows or shrinks by with the H/J/K/L bindings.";
    };

    sensibleOnTop = mkOption {
      type = types.bool;
      default = false;
      description = ''
        Run tmux-sensible's defaults before anything else, so the rest of
        the file (and {option}`programs.tmux.extraConfig`) can override
        them.
      '';
    };

    prefix = mkOption {
      type = types.nullOr types.str;
      default = null;
      example = "C-Space";
      description = ''
        The prefix key, in tmux's key syntax. When set, it wins over
        {option}`programs.tmux.shortcut`.
      '';
    };

    shortcut = mkOption {
      type = types.str;
      default = "b";
      example = "s";
      description = "Key that, held with Control, is the prefix (`C-<key>`).";
    };

    terminal = mkOption {
      type = types.str;
      default = "screen";
      example = "tmux-256color";
      description = "Value of {env}`TERM` inside tmux (the `default-terminal` option).";
    };

    shell = mkOption {
      type = types.nullOr types.str;
      default = null;
      example = literalExpression ''"''${pkgs.fish}/bin/fish"'';
      description = "Shell started in new windows and panes; `null` keeps tmux's choice.";
    };

    secureSocket = mkOption {
      type = types.bool;
      default = pkgs.stdenv.hostPlatform.isLinux;
      defaultText = literalExpression "pkgs.stdenv.isLinux";
      description = ''
        Put the server socket below {env}`XDG_RUNTIME_DIR` (through
        {env}`TMUX_TMPDIR`) instead of {file}`/tmp`: only the user can
        reach it, but it goes away when the user's last session ends.
      '';
    };

    tmuxp.enable = lib.mkEnableOption "tmuxp";

    tmuxinator.enable = lib.mkEnableOption "tmuxinator";

    plugins = mkOption {
      type = types.listOf (types.either types.package pluginModule) // {
        description = "list of plugin packages or submodules";
      };
      default = [ ];
      example = literalExpression ''
        [
          pkgs.tmuxPlugins.yank
          {
            plugin = pkgs.tmuxPlugins.resurrect;
            extraConfig = "set -g @resurrect-capture-pane-contents 'on'";
          }
        ]
      '';
      description = ''
        Plugins run after the generated settings, each preceded by its
        own extra lines. Package names must start with `tmuxplugin`.
      '';
    };
  };

  config = mkIf cfg.enable (
    lib.mkMerge [
      {
        home.packages =
          [ cfg.package ]
          ++ lib.optional cfg.tmuxinator.enable pkgs.tmuxinator
          ++ lib.optional cfg.tmuxp.enable pkgs.tmuxp;

        # Settings first and extraConfig last, whatever other modules add
        # in between.
        xdg.configFile."tmux/tmux.conf".text = lib.mkMerge [
          (lib.mkBefore settingsText)
          (lib.mkAfter cfg.extraConfig)
        ];
      }

      (mkIf cfg.secureSocket {
        home.sessionVariables.TMUX_TMPDIR = ''''${XDG_RUNTIME_DIR:-"/run/user/\$(id -u)"}'';
      })

      (mkIf (cfg.plugins != [ ]) {
        assertions = [
          {
            assertion = badPlugins == [ ];
            message =
              ''Invalid tmux plugin (not prefixed with "tmuxplugins"): ''
              + lib.concatMapStringsSep ", " pluginName badPlugins;
          }
        ];

        xdg.configFile."tmux/tmux.conf".text = pluginsText;
      })
    ]
  );
}
