# programs.fzf: FZF_* session variables from the options, and the key
# bindings and completion for bash and zsh. fzf 0.48 and later print their
# own shell setup (`fzf --bash`); older ones are set up from the files
# they ship. Per-shell widget overrides and the fish and nushell hooks are
# not provided.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkIf mkOption types;

  cfg = config.programs.fzf;

  fzfExe = lib.getExe' cfg.package "fzf";
  printsShellSetup = lib.versionAtLeast (cfg.package.version or "0") "0.48.0";

  renderedColors = lib.concatStringsSep "," (lib.mapAttrsToList (n: v: "${n}:${v}") cfg.colors);

  widgetOptions =
    { key, what }:
    {
      command = mkOption {
        type = types.nullOr types.str;
        default = null;
        example = "fd --type f";
        description = "The command that feeds fzf for the ${key} binding (${what}).";
      };

      options = mkOption {
        type = types.listOf types.str;
        default = [ ];
        description = "Command line options for the ${key} binding.";
      };
    };

  renamed =
    old: new:
    lib.mkRenamedOptionModule
      [
        "programs"
        "fzf"
        old
      ]
      (
        [
          "programs"
          "fzf"
        ]
        ++ new
      );
in
{
  imports = [
    (renamed "fileWidgetCommand" [ "fileWidget" "command" ])
    (renamed "fileWidgetOptions" [ "fileWidget" "options" ])
    (renamed "changeDirWidgetCommand" [ "changeDirWidget" "command" ])
    (renamed "changeDirWidgetOptions" [ "changeDirWidget" "options" ])
    (renamed "historyWidgetOptions" [ "historyWidget" "options" ])
    (renamed "historyWidgetCommand" [ "historyWidget" "command" ])
  ];

  options.programs.fzf = {
    enable = lib.mkEnableOption "fzf - a command-line fuzzy finder";

    package = lib.mkPackageOption pkgs "fzf" { };

    defaultCommand = mkOption {
      type = types.nullOr types.str;
      default = null;
      example = "fd --type f";
      description = "The command that gets executed as the default source for fzf when running.";
    };

    defaultOptions = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [
        "--height 40%"
        "--border"
      ];
      description = "Extra command line options given to fzf by default.";
    };

    fileWidget = widgetOptions {
      key = "CTRL-T";
      what = "files";
    };

    changeDirWidget = widgetOptions {
      key = "ALT-C";
      what = "directories";
    };

    historyWidget = widgetOptions {
      key = "CTRL-R";
      what = "history; needs fzf 0.66 or later";
    };

    colors = mkOption {
      type = types.attrsOf types.str;
      default = { };
      example = lib.literalExpression ''
        {
          bg = "#1e1e1e";
          "bg+" = "#1e1e1e";
          fg = "#d4d4d4";
          "fg+" = "#d4d4d4";
        }
      '';
      description = ''
        Color scheme options added to `FZF_DEFAULT_OPTS`. See
        <https://github.com/junegunn/fzf/wiki/Color-schemes>
        for documentation.
      '';
    };

    tmux = {
      enableShellIntegration = lib.mkEnableOption ''
        setting `FZF_TMUX=1` which causes shell integration to use fzf-tmux
      '';

      shellIntegrationOptions = mkOption {
        type = types.listOf types.str;
        default = [ ];
        example = lib.literalExpression ''[ "-d 40%" ]'';
        description = ''
          If {option}`programs.fzf.tmux.enableShellIntegration` is set to `true`,
          shell integration will use these options for fzf-tmux.
          See {command}`fzf-tmux --help` for available options.
        '';
      };
    };

    enableBashIntegration = lib.hm.shell.mkBashIntegrationOption { inherit config; };
    enableFishIntegration = lib.hm.shell.mkFishIntegrationOption { inherit config; };
    enableNushellIntegration = lib.hm.shell.mkNushellIntegrationOption { inherit config; };
    enableZshIntegration = lib.hm.shell.mkZshIntegrationOption { inherit config; };
  };

  config = mkIf cfg.enable {
    home.packages = [ cfg.package ];

    # Lists become space-separated words; empty ones are left out.
    home.sessionVariables = lib.mapAttrs (_: toString) (
      lib.filterAttrs (_: v: v != [ ] && v != null) {
        FZF_ALT_C_COMMAND = cfg.changeDirWidget.command;
        FZF_ALT_C_OPTS = cfg.changeDirWidget.options;
        FZF_CTRL_R_COMMAND = cfg.historyWidget.command;
        FZF_CTRL_R_OPTS = cfg.historyWidget.options;
        FZF_CTRL_T_COMMAND = cfg.fileWidget.command;
        FZF_CTRL_T_OPTS = cfg.fileWidget.options;
        FZF_DEFAULT_COMMAND = cfg.defaultCommand;
        FZF_DEFAULT_OPTS = cfg.defaultOptions ++ lib.optional (cfg.colors != { }) "--color ${renderedColors}";
        FZF_TMUX = if cfg.tmux.enableShellIntegration then "1" else null;
        FZF_TMUX_OPTS = cfg.tmux.shellIntegrationOptions;
      }
    );

    # fzf binds CTRL-R unconditionally, so it is set up early: history
    # tools initialised later (atuin, mcfly) take the key over.
    programs.bash.initExtra = mkIf cfg.enableBashIntegration (
      lib.mkOrder 200 (
        if printsShellSetup then
          ''
            if [[ :$SHELLOPTS: =~ :(vi|emacs): ]]; then
              eval "$(${fzfExe} --bash)"
            fi
          ''
        else
          ''
            if [[ :$SHELLOPTS: =~ :(vi|emacs): ]]; then
              . ${cfg.package}/share/fzf/completion.bash
              . ${cfg.package}/share/fzf/key-bindings.bash
            fi
          ''
      )
    );

    programs.zsh.initContent = mkIf cfg.enableZshIntegration (
      lib.mkOrder 910 (
        if printsShellSetup then
          ''
            if [[ $options[zle] = on ]]; then
              source <(${fzfExe} --zsh)
            fi
          ''
        else
          ''
            if [[ $options[zle] = on ]]; then
              . ${cfg.package}/share/fzf/completion.zsh
              . ${cfg.package}/share/fzf/key-bindings.zsh
            fi
          ''
      )
    );
  };
}
