# programs.kitty: ~/.config/kitty/kitty.conf, assembled in a fixed order
# (font, theme include, shell integration mode, settings, action aliases,
# key and mouse bindings, environment) through extraConfig, so definitions
# of extraConfig with mkOrder can slot in between; kitty reloads it on
# SIGUSR1 after a switch. Also diff.conf, quick-access-terminal.conf, the
# automatic light/dark theme files, shell integration for bash, zsh and fish,
# and kitty as git's diff tool.
#
# Differs from Home Manager: Debian 12 has no kitty-themes, so themeFile
# and autoThemeFiles need a `kitty-themes` package in pkgs (for instance
# from an overlay); the old `theme` option (a theme's display name, looked
# up in kitty-themes' index at evaluation time) is not offered.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkIf mkOption types;

  cfg = config.programs.kitty;

  valueType = types.oneOf [
    types.str
    types.bool
    types.int
    types.float
  ];

  # One `<prefix><key><sep><value>` line per attribute, sorted.
  linesOf =
    render: attrs: lib.concatStrings (lib.mapAttrsToList (k: v: render k v + "\n") attrs);

  settingsLines = linesOf (
    k: v: "${k} ${if builtins.isBool v then lib.hm.booleans.yesNo v else toString v}"
  );
  keyLines = linesOf (k: v: "map ${k} ${v}");

  themePath = name: "${pkgs.kitty-themes}/share/kitty-themes/themes/${name}.conf";

  integrationMode = cfg.shellIntegration.mode;

  # Integration is on by default unless the mode turns it off.
  integrationOption =
    option:
    option
    // {
      default = integrationMode != null && !(lib.elem "disabled" (lib.splitString " " integrationMode));
      defaultText = lib.literalExpression ''
        programs.kitty.shellIntegration.mode != null and does not contain "disabled"
      '';
    };

  # kitty's own scripts are sourced from the shells' start-up files
  # (hence `no-rc`), and only inside kitty.
  bashIntegration = ''
    if test -n "$KITTY_INSTALLATION_DIR"; then
      export KITTY_SHELL_INTEGRATION="${integrationMode}"
      source "$KITTY_INSTALLATION_DIR/shell-integration/bash/kitty.bash"
    fi
  '';

  zshIntegration = ''
    if test -n "$KITTY_INSTALLATION_DIR"; then
      export KITTY_SHELL_INTEGRATION="${integrationMode}"
      autoload -Uz -- "$KITTY_INSTALLATION_DIR"/shell-integration/zsh/kitty-integration
      kitty-integration
      unfunction kitty-integration
    fi
  '';

  fishIntegration = ''
    if set -q KITTY_INSTALLATION_DIR
      set --global KITTY_SHELL_INTEGRATION "${integrationMode}"
      source "$KITTY_INSTALLATION_DIR/shell-integration/fish/vendor_conf.d/kitty-shell-integration.fish"
      set --prepend fish_complete_path "$KITTY_INSTALLATION_DIR/shell-integration/fish/vendor_completions.d"
    end
  '';

  themeCheck = name: ''
    if [[ ! -f "${themePath name}" ]]; then
      errorEcho "kitty-themes does not contain the theme file ${themePath name}!"
      exit 1
    fi
  '';

  themeNames =
    lib.optional (cfg.themeFile != null) cfg.themeFile
    ++ lib.optionals (cfg.autoThemeFiles != null) [
      cfg.autoThemeFiles.light
      cfg.autoThemeFiles.dark
      cfg.autoThemeFiles.noPreference
    ];

  bindingsOption =
    what: example:
    mkOption {
      type = types.attrsOf types.str;
      default = { };
      inherit example;
      description = "${what}, by key, written in sorted order.";
    };
in
{
  options.programs.kitty = {
    enable = lib.mkEnableOption "kitty, a GPU-based terminal emulator";

    package = lib.mkPackageOption pkgs "kitty" { nullable = true; };

    darwinLaunchOptions = mkOption {
      type = types.nullOr (types.listOf types.str);
      default = null;
      example = [ "--single-instance" ];
      description = "Options kitty gets when macOS launches it from the GUI (macOS only).";
    };

    settings = mkOption {
      type = types.attrsOf valueType;
      default = { };
      example = {
        scrollback_lines = 10000;
        enable_audio_bell = false;
      };
      description = ''
        Options for {file}`$XDG_CONFIG_HOME/kitty/kitty.conf`, one
        `name value` line each (booleans as yes/no); see
        <https://sw.kovidgoyal.net/kitty/conf/>.
      '';
    };

    themeFile = mkOption {
      type = types.nullOr types.str;
      default = null;
      example = "SpaceGray_Eighties";
      description = ''
        Theme of kitty-themes to include, by file name without `.conf`
        (see <https://github.com/kovidgoyal/kitty-themes/tree/master/themes>).
        Automatic themes ({option}`programs.kitty.autoThemeFiles`) win
        over it when set.
      '';
    };

    autoThemeFiles = mkOption {
      type = types.nullOr (
        types.submodule {
          options = lib.genAttrs [ "light" "dark" "noPreference" ] (
            scheme:
            mkOption {
              type = types.str;
              description = "kitty-themes theme used when the desktop prefers the ${scheme} scheme.";
            }
          );
        }
      );
      default = null;
      example = {
        light = "GitHub";
        dark = "TokyoNight";
        noPreference = "OneDark";
      };
      description = ''
        Themes kitty switches between with the desktop's colour scheme,
        written to {file}`light-theme.auto.conf`,
        {file}`dark-theme.auto.conf` and
        {file}`no-preference-theme.auto.conf`; they override other colour
        settings.
      '';
    };

    font = mkOption {
      type = types.nullOr lib.hm.types.fontType;
      default = null;
      description = "Font kitty uses, installed along with it when it has a package.";
    };

    actionAliases = mkOption {
      type = types.attrsOf types.str;
      default = { };
      example = {
        launch_tab = "launch --cwd=current --type=tab";
      };
      description = "Names for actions, usable in key bindings.";
    };

    keybindings = bindingsOption "Actions of key presses" {
      "ctrl+c" = "copy_or_interrupt";
    };

    mouseBindings = bindingsOption "Actions of mouse events" {
      "left click" = "ungrabbed no-op";
    };

    environment = mkOption {
      type = types.attrsOf types.str;
      default = { };
      example = {
        LS_COLORS = "1";
      };
      description = "Environment variables kitty sets for the programs it starts.";
    };

    shellIntegration = {
      mode = mkOption {
        type = types.nullOr types.str;
        default = "no-rc";
        example = "no-cursor";
        apply = lib.mapNullable (
          mode: lib.concatStringsSep " " ([ "no-rc" ] ++ lib.remove "no-rc" (lib.splitString " " mode))
        );
        description = ''
          kitty's `shell_integration` value; `no-rc` is always added, since
          the integration is loaded from the shells' own start-up files.
          `null` leaves the setting out. See
          <https://sw.kovidgoyal.net/kitty/shell-integration/>.
        '';
      };

      enableBashIntegration = integrationOption (lib.hm.shell.mkBashIntegrationOption { inherit config; });
      enableFishIntegration = integrationOption (lib.hm.shell.mkFishIntegrationOption { inherit config; });
      enableZshIntegration = integrationOption (lib.hm.shell.mkZshIntegrationOption { inherit config; });
    };

    enableGitIntegration = lib.mkEnableOption "kitty's diff kitten as git's diff tool";

    extraConfig = mkOption {
      type = types.lines;
      default = "";
      description = ''
        Lines of {file}`kitty.conf`. The other options are written through
        it at orders 510 to 580, so a definition with `lib.mkOrder` can go
        between them.
      '';
    };

    quickAccessTerminalConfig = mkOption {
      type = types.attrsOf valueType;
      default = { };
      example = {
        hide_on_focus_loss = false;
      };
      description = ''
        Options for {file}`$XDG_CONFIG_HOME/kitty/quick-access-terminal.conf`;
        see <https://sw.kovidgoyal.net/kitty/kittens/quick-access-terminal/>.
      '';
    };

    diffConfig = {
      settings = mkOption {
        type = types.attrsOf valueType;
        default = { };
        example = {
          mark_moved_lines = true;
        };
        description = ''
          Options for {file}`$XDG_CONFIG_HOME/kitty/diff.conf`; see
          <https://sw.kovidgoyal.net/kitty/kittens/diff/>.
        '';
      };
      keybindings = bindingsOption "Actions of key presses in the diff kitten" {
        q = "quit";
      };
      extraConfig = mkOption {
        type = types.lines;
        default = "";
        description = "Lines of {file}`diff.conf`, after the settings and key bindings.";
      };
    };
  };

  config = mkIf cfg.enable {
    assertions = [
      {
        assertion =
          integrationMode != null
          || !(
            cfg.shellIntegration.enableBashIntegration
            || cfg.shellIntegration.enableFishIntegration
            || cfg.shellIntegration.enableZshIntegration
          );
        message = "programs.kitty: shell integration cannot be enabled while shellIntegration.mode is null.";
      }
    ];

    home.packages =
      lib.optional (cfg.package != null) cfg.package
      ++ lib.optional (cfg.font != null && cfg.font.package != null) cfg.font.package;

    programs.kitty.extraConfig = lib.mkMerge [
      (mkIf (cfg.font != null) (
        lib.mkOrder 510 ''
          font_family ${cfg.font.name}
          ${lib.optionalString (cfg.font.size != null) "font_size ${toString cfg.font.size}"}
        ''
      ))
      (mkIf (cfg.themeFile != null) (lib.mkOrder 520 "include ${themePath cfg.themeFile}\n"))
      (mkIf (integrationMode != null) (
        lib.mkOrder 530 ''
          # Shell integration is sourced and configured manually
          shell_integration ${integrationMode}
        ''
      ))
      (mkIf (cfg.settings != { }) (lib.mkOrder 540 (settingsLines cfg.settings)))
      (mkIf (cfg.actionAliases != { }) (
        lib.mkOrder 550 (linesOf (k: v: "action_alias ${k} ${v}") cfg.actionAliases)
      ))
      (mkIf (cfg.keybindings != { }) (lib.mkOrder 560 (keyLines cfg.keybindings)))
      (mkIf (cfg.mouseBindings != { }) (
        lib.mkOrder 570 (linesOf (k: v: "mouse_map ${k} ${v}") cfg.mouseBindings)
      ))
      (mkIf (cfg.environment != { }) (lib.mkOrder 580 (linesOf (k: v: "env ${k}=${v}") cfg.environment)))
    ];

    programs.kitty.diffConfig.extraConfig = lib.mkMerge [
      (mkIf (cfg.diffConfig.settings != { }) (lib.mkOrder 510 (settingsLines cfg.diffConfig.settings)))
      (mkIf (cfg.diffConfig.keybindings != { }) (lib.mkOrder 520 (keyLines cfg.diffConfig.keybindings)))
    ];

    xdg.configFile = {
      "kitty/kitty.conf" = {
        text = ''
          # Generated by Home Manager.
          # See https://sw.kovidgoyal.net/kitty/conf.html
          ${cfg.extraConfig}
        '';
        # SIGUSR1 makes running kitty instances reload their configuration.
        onChange = ''
          ${
            if pkgs.stdenv.hostPlatform.isDarwin or false then "/usr" else pkgs.procps
          }/bin/pkill -USR1 -u $USER kitty || true
        '';
      };

      "kitty/quick-access-terminal.conf" = mkIf (cfg.quickAccessTerminalConfig != { }) {
        text = ''
          # Generated by Home Manager.
          # See https://sw.kovidgoyal.net/kitty/kittens/quick-access-terminal/
          ${settingsLines cfg.quickAccessTerminalConfig}
        '';
      };

      "kitty/diff.conf" = mkIf (cfg.diffConfig.extraConfig != "") {
        text = ''
          # Generated by Home Manager
          # See https://sw.kovidgoyal.net/kitty/kittens/diff/
          ${cfg.diffConfig.extraConfig}
        '';
      };

      "kitty/macos-launch-services-cmdline" =
        mkIf (cfg.darwinLaunchOptions != null && (pkgs.stdenv.hostPlatform.isDarwin or false))
          { text = lib.concatStringsSep " " cfg.darwinLaunchOptions; };
    }
    // lib.optionalAttrs (cfg.autoThemeFiles != null) {
      "kitty/light-theme.auto.conf".text = "include ${themePath cfg.autoThemeFiles.light}\n";
      "kitty/dark-theme.auto.conf".text = "include ${themePath cfg.autoThemeFiles.dark}\n";
      "kitty/no-preference-theme.auto.conf".text = "include ${themePath cfg.autoThemeFiles.noPreference}\n";
    };

    # Fail before linking anything when a named theme is missing.
    home.activation.checkKittyTheme = mkIf (themeNames != [ ]) (
      lib.hm.dag.entryBefore [ "writeBoundary" ] (lib.concatMapStrings themeCheck themeNames)
    );

    programs.bash.initExtra = mkIf cfg.shellIntegration.enableBashIntegration bashIntegration;
    programs.zsh.initContent = mkIf cfg.shellIntegration.enableZshIntegration zshIntegration;
    programs.fish.interactiveShellInit = mkIf cfg.shellIntegration.enableFishIntegration fishIntegration;

    programs.git.iniContent = mkIf cfg.enableGitIntegration {
      diff = {
        tool = lib.mkDefault "kitty";
        guitool = lib.mkDefault "kitty.gui";
      };
      difftool = {
        prompt = lib.mkDefault false;
        trustExitCode = lib.mkDefault true;
        kitty.cmd = "kitten diff $LOCAL $REMOTE";
        "kitty.gui".cmd = "kitten diff $LOCAL $REMOTE";
      };
    };
  };
}
