# programs.bash: writes ~/.bashrc, ~/.profile, ~/.bash_profile and (when
# there is something to say) ~/.bash_logout, byte for byte as Home Manager
# lays them out. Other modules add their bash integration to initExtra.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib)
    concatStringsSep
    literalExpression
    mkOption
    types
    ;

  cfg = config.programs.bash;

  # Each file is checked for syntax when built, as Home Manager does.
  writeBashScript =
    name: text:
    pkgs.writeTextFile {
      inherit name text;
      checkPhase = ''
        ${pkgs.stdenv.shellDryRun or "${pkgs.runtimeShell} -n -O extglob"} "$target"
      '';
    };

  aliasLines = lib.mapAttrsToList (k: v: "alias -- ${k}=${lib.escapeShellArg v}") cfg.shellAliases;

  # A leading "-" unsets the option.
  shoptLines = map (
    o: if lib.hasPrefix "-" o then "shopt -u ${lib.removePrefix "-" o}" else "shopt -s ${o}"
  ) cfg.shellOptions;

  # Sorted by name (mapAttrsToList), not exported.
  historyVars = lib.filterAttrs (_: v: v != null) {
    HISTFILESIZE = if cfg.historyFileSize == null then null else toString cfg.historyFileSize;
    HISTSIZE = if cfg.historySize == null then null else toString cfg.historySize;
    HISTFILE = if cfg.historyFile == null then null else ''"${cfg.historyFile}"'';
    HISTCONTROL = if cfg.historyControl == [ ] then null else concatStringsSep ":" cfg.historyControl;
    HISTIGNORE =
      if cfg.historyIgnore == [ ] then null else lib.escapeShellArg (concatStringsSep ":" cfg.historyIgnore);
  };

  historyLines =
    lib.mapAttrsToList (n: v: "${n}=${v}") historyVars
    ++ lib.optional (cfg.historyFile != null) ''mkdir -p "$(dirname "$HISTFILE")"'';

  lines = concatStringsSep "\n";
in
{
  meta.maintainers = [ lib.maintainers.rycee ];

  imports = [
    (lib.mkRenamedOptionModule
      [ "programs" "bash" "enableAutojump" ]
      [ "programs" "autojump" "enable" ]
    )
  ];

  options.programs.bash = {
    enable = lib.mkEnableOption "Bash, the GNU shell";

    package = lib.mkPackageOption pkgs "bash" {
      nullable = true;
      default = "bashInteractive";
    };

    enableCompletion = mkOption {
      type = types.bool;
      default = true;
      description = ''
        Load bash-completion in interactive shells. Completions for
        packages the system installs are found only if the system links
        {file}`/share/bash-completion` into its profile (on NixOS or
        nix-darwin, `environment.pathsToLink = [ "/share/bash-completion" ];`).
        Scripts in the old {file}`/etc/bash_completion.d` directory are not
        read.
      '';
    };

    historySize = mkOption {
      type = types.nullOr types.int;
      default = 10000;
      description = "How many commands the shell remembers (`HISTSIZE`); `null` leaves it unset.";
    };

    historyFile = mkOption {
      type = types.nullOr types.str;
      default = null;
      description = "Where history is saved (`HISTFILE`); `null` keeps bash's default.";
    };

    historyFileSize = mkOption {
      type = types.nullOr types.int;
      default = 100000;
      description = "How many lines the history file may hold (`HISTFILESIZE`); `null` leaves it unset.";
    };

    historyControl = mkOption {
      type = types.listOf (
        types.enum [
          "erasedups"
          "ignoredups"
          "ignorespace"
          "ignoreboth"
        ]
      );
      default = [ ];
      description = "Values joined into `HISTCONTROL`, which decides which commands are left out of the history.";
    };

    historyIgnore = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [
        "pwd"
        "clear"
      ];
      description = "Patterns of commands kept out of the history, joined into `HISTIGNORE`.";
    };

    shellOptions = mkOption {
      type = types.listOf types.str;
      default = [
        # Several shells may write the history: add, do not overwrite.
        "histappend"
        # Pattern lists and recursive `**`.
        "extglob"
        "globstar"
        # Exiting with jobs still running needs a second `exit`.
        "checkjobs"
      ];
      example = [
        "extglob"
        "-cdspell"
      ];
      description = ''
        Options switched on with {command}`shopt -s`; a leading `-` switches
        one off instead.
      '';
    };

    sessionVariables = mkOption {
      type = types.lazyAttrsOf (
        types.nullOr (
          types.oneOf [
            types.str
            types.path
            types.int
            types.float
            types.bool
          ]
        )
      );
      default = { };
      example = {
        HISTTIMEFORMAT = "%F %T ";
      };
      description = ''
        Variables exported by {file}`~/.profile` for login shells, after
        the session variables.
      '';
    };

    shellAliases = mkOption {
      type = types.attrsOf types.str;
      default = { };
      example = literalExpression ''
        {
          gs = "git status";
          "..." = "cd ../..";
        }
      '';
      description = ''
        Aliases defined in interactive shells, from name to the command it
        stands for.
      '';
    };

    profileExtra = mkOption {
      type = types.lines;
      default = "";
      description = ''
        Lines added to {file}`~/.profile`, which login shells read.
      '';
    };

    initExtra = mkOption {
      type = types.lines;
      default = "";
      description = ''
        Lines run by {file}`~/.bashrc` in interactive shells only, after
        the generated settings.
      '';
    };

    bashrcExtra = mkOption {
      type = types.lines;
      default = "";
      description = ''
        Lines at the very top of {file}`~/.bashrc`, before the check
        for an interactive shell, so they run in every bash that reads it.
      '';
    };

    logoutExtra = mkOption {
      type = types.lines;
      default = "";
      description = ''
        Lines for {file}`~/.bash_logout`, run when a login shell exits.
      '';
    };
  };

  config = lib.mkIf cfg.enable {
    home.packages = lib.mkIf (cfg.package != null) [ cfg.package ];

    programs.bash.shellAliases = lib.mapAttrs (_: lib.mkDefault) config.home.shellAliases;

    # Completion comes first so later snippets may rely on it.
    programs.bash.initExtra = lib.mkIf cfg.enableCompletion (
      lib.mkOrder 100 ''
        if [[ ! -v BASH_COMPLETION_VERSINFO ]]; then
          . "${pkgs.bash-completion}/etc/profile.d/bash_completion.sh"
        fi
      ''
    );

    home.file.".bash_profile".source = writeBashScript "bash_profile" ''
      # include .profile if it exists
      [[ -f ~/.profile ]] && . ~/.profile

      # include .bashrc if it exists
      [[ -f ~/.bashrc ]] && . ~/.bashrc
    '';

    # The session variables file is sourced by its store path, so a login
    # shell does not depend on where the profile lives.
    home.file.".profile".source = writeBashScript "profile" ''
      . "${config.home.sessionVariablesPackage}/etc/profile.d/hm-session-vars.sh"

      ${config.lib.shell.exportAll cfg.sessionVariables}

      ${cfg.profileExtra}
    '';

    home.file.".bashrc".source = writeBashScript "bashrc" ''
      ${cfg.bashrcExtra}

      # Commands that should be applied only for interactive shells.
      [[ $- == *i* ]] || return

      ${lines historyLines}

      ${lines shoptLines}

      ${lines aliasLines}

      ${cfg.initExtra}
    '';

    home.file.".bash_logout" = lib.mkIf (cfg.logoutExtra != "") {
      source = writeBashScript "bash_logout" cfg.logoutExtra;
    };
  };
}
