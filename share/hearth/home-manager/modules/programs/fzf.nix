# programs.fzf: FZF_* session variables from the options, and the key
# bindings (and completion) for bash, zsh and fish. fzf 0.48 and later
# print their own shell setup (`fzf --bash`); older ones are set up from
# the files they ship. Per-shell widget overrides and the nushell hook are
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
        example = "fd --hidden --exclude .git";
        description = "Command whose output lists the candidates for ${key} (${what}).";
      };

      options = mkOption {
        type = types.listOf types.str;
        default = [ ];
        description = "Extra fzf arguments used by ${key}.";
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
    enable = lib.mkEnableOption "fzf, the interactive fuzzy finder";

    package = lib.mkPackageOption pkgs "fzf" { };

    defaultCommand = mkOption {
      type = types.nullOr types.str;
      default = null;
      example = "rg --files --hidden";
      description = "Command that lists candidates when fzf reads no standard input (`FZF_DEFAULT_COMMAND`).";
    };

    defaultOptions = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [
        "--layout=reverse"
        "--info=inline"
      ];
      description = "Arguments fzf always starts with (`FZF_DEFAULT_OPTS`).";
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
          fg = "#c0caf5";
          hl = "#ff9e64";
          pointer = "#7aa2f7";
        }
      '';
      description = ''
        Colours by element name, passed as one `--color` argument in
        `FZF_DEFAULT_OPTS`; the element names are listed at
        <https://github.com/junegunn/fzf/wiki/Color-schemes>.
      '';
    };

    tmux = {
      enableShellIntegration = lib.mkEnableOption ''
        `FZF_TMUX=1`, so the shell key bindings open fzf in a tmux pane
        through fzf-tmux
      '';

      shellIntegrationOptions = mkOption {
        type = types.listOf types.str;
        default = [ ];
        example = lib.literalExpression ''[ "-d 40%" ]'';
        description = ''
          Arguments for fzf-tmux (`FZF_TMUX_OPTS`) when
          {option}`programs.fzf.tmux.enableShellIntegration` is on; see
          {command}`fzf-tmux --help`.
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

    programs.fish.interactiveShellInit = mkIf cfg.enableFishIntegration (
      lib.mkOrder 200 (
        if printsShellSetup then
          ''
            ${fzfExe} --fish | source
          ''
        else
          ''
            source ${cfg.package}/share/fzf/key-bindings.fish && fzf_key_bindings
          ''
      )
    );
  };
}
