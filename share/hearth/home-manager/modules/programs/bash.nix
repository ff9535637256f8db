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
    enable = lib.mkEnableOption "GNU Bourne-Again SHell";

    package = lib.mkPackageOption pkgs "bash" {
      nullable = true;
      default = "bashInteractive";
    };

    enableCompletion = mkOption {
      type = types.bool;
      default = true;
      description = ''
        Whether to enable Bash completion for all interactive Bash shells.

        Note, if you use NixOS or nix-darwin and do not have Bash completion
        enabled in the system configuration, then make sure to add

        ```nix
          environment.pathsToLink = [ "/share/bash-completion" ];
        ```

        to your system configuration to get completion for system packages.
        Note, the legacy {file}`/etc/bash_completion.d` path is
        not supported by Home Manager.
      '';
    };

    historySize = mkOption {
      type = types.nullOr types.int;
      default = 10000;
      description = "Number of history lines to keep in memory.";
    };

    historyFile = mkOption {
      type = types.nullOr types.str;
      default = null;
      description = "Location of the bash history file.";
    };

    historyFileSize = mkOption {
      type = types.nullOr types.int;
      default = 100000;
      description = "Number of history lines to keep on file.";
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
      description = "Controlling how commands are saved on the history list.";
    };

    historyIgnore = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [
        "ls"
        "cd"
        "exit"
      ];
      description = "List of commands that should not be saved to the history list.";
    };

    shellOptions = mkOption {
      type = types.listOf types.str;
      default = [
        # Append to history file rather than replacing it.
        "histappend"
        # Extended globbing.
        "extglob"
        "globstar"
        # Warn if closing shell with running jobs.
        "checkjobs"
      ];
      example = [
        "extglob"
        "-cdspell"
      ];
      description = ''
        Shell options to set. Prefix an option with
        "`-`" to unset.
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
        MAILCHECK = 30;
      };
      description = ''
        Environment variables that will be set for the Bash session.
      '';
    };

    shellAliases = mkOption {
      type = types.attrsOf types.str;
      default = { };
      example = literalExpression ''
        {
          ll = "ls -l";
          ".." = "cd ..";
        }
      '';
      description = ''
        An attribute set that maps aliases (the top level attribute names in
        this option) to command strings or directly to build outputs.
      '';
    };

    profileExtra = mkOption {
      type = types.lines;
      default = "";
      description = ''
        Extra commands that should be run when initializing a login
        shell.
      '';
    };

    initExtra = mkOption {
      type = types.lines;
      default = "";
      description = ''
        Extra commands that should be run when initializing an
        interactive shell.
      '';
    };

    bashrcExtra = mkOption {
      type = types.lines;
      default = "";
      description = ''
        Extra commands that should be placed in {file}`~/.bashrc`.
        Note that these commands will be run even in non-interactive shells.
      '';
    };

    logoutExtra = mkOption {
      type = types.lines;
      default = "";
      description = ''
        Extra commands that should be run when logging out of an
        interactive shell.
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
