# programs.zsh: writes .zshenv, .zprofile, .zshrc (and .zlogin, .zlogout
# when they have content) under dotDir as Home Manager does. Session
# variables are set by .zprofile for login shells and by .zshenv for the
# others; .zshrc is `initContent`, whose fixed pieces sit at the orders
# Home Manager uses (510 ... 1200) so other modules can slot in between.
# Plugins, oh-my-zsh and history substring search are in zsh-plugins.nix;
# prezto, zprof and zsh-abbr are not shipped.
{
  config,
  lib,
  pkgs,
  options,
  ...
}:

let
  inherit (lib)
    concatStringsSep
    literalExpression
    mkIf
    mkOption
    mkOrder
    optionalString
    types
    ;

  cfg = config.programs.zsh;

  homeDir = config.home.homeDirectory;

  # Paths as written into the files: trailing slashes dropped, shell-quoted
  # only when they need it.
  cleanPath = p: lib.escapeShellArg (lib.removeSuffix "/" p);
  dotDirAbs = cleanPath ((optionalString (!lib.hasPrefix "/" cfg.dotDir) "${homeDir}/") + cfg.dotDir);
  # The home.file key; the file module strips the home directory prefix.
  dotDirRel =
    if !lib.hasPrefix "/" cfg.dotDir then
      cleanPath cfg.dotDir
    else if lib.hasPrefix homeDir cfg.dotDir then
      cleanPath (lib.removePrefix "${homeDir}/" cfg.dotDir)
    else
      throw "programs.zsh.dotDir (${cfg.dotDir}) is not inside the home directory ${homeDir}";

  # Plugins live under the configuration directory, or ~/.zsh when that
  # is the home directory itself.
  pluginsDir = dotDirAbs + lib.optionalString (homeDir == dotDirAbs) "/.zsh" + "/plugins";

  bindkeyCommands = {
    emacs = "bindkey -e";
    viins = "bindkey -v";
    vicmd = "bindkey -a";
  };

  # History switches and the zsh option each one sets or unsets.
  historyOptions = {
    append = "APPEND_HISTORY";
    ignoreDups = "HIST_IGNORE_DUPS";
    ignoreAllDups = "HIST_IGNORE_ALL_DUPS";
    saveNoDups = "HIST_SAVE_NO_DUPS";
    findNoDups = "HIST_FIND_NO_DUPS";
    ignoreSpace = "HIST_IGNORE_SPACE";
    expireDuplicatesFirst = "HIST_EXPIRE_DUPS_FIRST";
    share = "SHARE_HISTORY";
    extended = "EXTENDED_HISTORY";
  };

  # { "HIST_IGNORE_DUPS" = true; ... autocd = ...; }
  switchedOptions =
    lib.mapAttrs' (n: opt: lib.nameValuePair opt cfg.history.${n}) historyOptions
    // lib.optionalAttrs (cfg.autocd != null) { autocd = cfg.autocd; };

  # HIST_FCNTL_LOCK, the options switched on, then those switched off,
  # each group sorted.
  historySetOptions =
    [ "HIST_FCNTL_LOCK" ]
    ++ builtins.attrNames (lib.filterAttrs (_: on: on) switchedOptions)
    ++ map (o: "NO_${o}") (builtins.attrNames (lib.filterAttrs (_: on: !on) switchedOptions));

  indentNonEmptyLines =
    str: concatStringsSep "\n" (map (l: if l == "" then "" else "  ${l}") (lib.splitString "\n" str));

  sessionVarsStr = ''
    # Environment variables
    . "${config.home.sessionVariablesPackage}/etc/profile.d/hm-session-vars.sh"

    # Only source this once
    if [[ -z "''${__HM_ZSH_SESS_VARS_SOURCED-}" ]]; then
      export __HM_ZSH_SESS_VARS_SOURCED=1
      ${lib.replaceStrings [ "\n" ] [ "\n  " ] (config.lib.zsh.exportAll cfg.sessionVariables)}
    fi'';

  aliasLines =
    flag: aliases: lib.mapAttrsToList (k: v: "alias ${flag}-- ${lib.escapeShellArg k}=${lib.escapeShellArg v}") aliases;

  # Double quotes keep `$HOME` and friends working; the characters special
  # inside them are escaped.
  dqEscape = lib.escape [
    "\\"
    "\""
    "`"
  ];

  dirHashesStr = concatStringsSep "\n" (
    lib.mapAttrsToList (k: v: ''hash -d ${lib.escapeShellArg k}="${dqEscape v}"'') cfg.dirHashes
  );

  # Options whose value is a plain list of lines.
  linesOption =
    file:
    mkOption {
      default = "";
      type = types.lines;
      description = "Lines appended to {file}`${file}`.";
    };

  # The pre-initContent options, kept working with a warning each.
  deprecatedInit = name: order: advice: {
    option = mkOption {
      default = "";
      type = types.lines;
      visible = false;
      apply =
        x:
        lib.warnIfNot (x == "") ''
          `programs.zsh.${name}` is deprecated, use `programs.zsh.initContent`${advice}.

          Example: programs.zsh.initContent = ${
            if order == 1000 then
              ""
            else if order == 500 then
              "lib.mkBefore "
            else
              "lib.mkOrder ${toString order} "
          }"your content here";
        '' x;
      description = "Deprecated: use {option}`programs.zsh.initContent`.";
    };
    content = x: mkIf (x != "") (mkOrder order x);
  };

  initExtraFirst = deprecatedInit "initExtraFirst" 500 " with `lib.mkBefore` instead";
  initExtraBeforeCompInit = deprecatedInit "initExtraBeforeCompInit" 550 " with `lib.mkOrder 550` instead";
  initExtra = deprecatedInit "initExtra" 1000 " instead";

  historyModule = types.submodule (
    { config, ... }:
    {
      options = {
        size = mkOption {
          type = types.int;
          default = 10000;
          description = "How many entries zsh keeps in memory (`HISTSIZE`).";
        };

        save = mkOption {
          type = types.int;
          defaultText = 10000;
          default = config.size;
          description = "How many entries zsh writes to the history file (`SAVEHIST`).";
        };

        path = mkOption {
          type = types.str;
          default =
            if lib.versionAtLeast cfgStateVersion "20.03" then "$HOME/.zsh_history" else "${dotDirAbs}/.zsh_history";
          defaultText = literalExpression ''
            "$ZDOTDIR/.zsh_history" before state version 20.03; "$HOME/.zsh_history" from 20.03 on
          '';
          example = literalExpression ''"''${config.xdg.dataHome}/zsh/zsh_history"'';
          description = "File the history is saved in (`HISTFILE`); its directory is created at startup.";
        };

        ignorePatterns = mkOption {
          type = types.listOf types.str;
          default = [ ];
          example = literalExpression ''[ "ls" "cd *" "exit" ]'';
          description = ''
            Shell patterns for commands that are kept out of the history
            file, joined into `HISTORY_IGNORE`.
          '';
        };
      }
      // lib.mapAttrs (
        n: _:
        mkOption {
          type = types.bool;
          default = builtins.elem n [
            "ignoreDups"
            "ignoreSpace"
            "share"
          ];
          description = "Whether to set zsh's `${historyOptions.${n}}` option.";
        }
      ) historyOptions;
    }
  );

  cfgStateVersion = config.home.stateVersion;

  syntaxHighlightingModule = types.submodule {
    options = {
      enable = lib.mkEnableOption "zsh-syntax-highlighting, which colours the command line as you type";

      package = lib.mkPackageOption pkgs "zsh-syntax-highlighting" { };

      highlighters = mkOption {
        type = types.listOf types.str;
        default = [ ];
        defaultText = ''[ "main" ]'';
        example = [ "brackets" ];
        description = ''
          Extra highlighters to turn on next to `main`, which is always
          active. The available ones are listed in
          <https://github.com/zsh-users/zsh-syntax-highlighting/blob/master/docs/highlighters.md>.
        '';
      };

      patterns = mkOption {
        type = types.attrsOf types.str;
        default = { };
        example = {
          "git push --force*" = "fg=red,bold";
        };
        description = "Styles for command lines matching a pattern (needs the `pattern` highlighter), added to `ZSH_HIGHLIGHT_PATTERNS`.";
      };

      styles = mkOption {
        type = types.attrsOf types.str;
        default = { };
        example = {
          path = "underline";
        };
        description = "Entries of `ZSH_HIGHLIGHT_STYLES`, by token kind.";
      };
    };
  };
in
{
  meta.maintainers = [ lib.maintainers.rycee ];

  imports = [
    (lib.mkRenamedOptionModule
      [ "programs" "zsh" "enableAutosuggestions" ]
      [ "programs" "zsh" "autosuggestion" "enable" ]
    )
    (lib.mkRenamedOptionModule
      [ "programs" "zsh" "enableSyntaxHighlighting" ]
      [ "programs" "zsh" "syntaxHighlighting" "enable" ]
    )
  ];

  options.programs.zsh = {
    enable = lib.mkEnableOption "Zsh";

    package = lib.mkPackageOption pkgs "zsh" { };

    autocd = mkOption {
      default = null;
      type = types.nullOr types.bool;
      description = "Treat a bare directory name as a command to change into it (`AUTO_CD`); left alone when `null`.";
    };

    cdpath = mkOption {
      default = [ ];
      type = types.listOf types.str;
      description = "Directories {command}`cd` searches for relative names, added to `cdpath`.";
    };

    dotDir = mkOption {
      default =
        if config.xdg.enable && lib.versionAtLeast cfgStateVersion "26.05" then
          "${config.xdg.configHome}/zsh"
        else
          homeDir;
      defaultText = literalExpression ''
        if config.xdg.enable && lib.versionAtLeast config.home.stateVersion "26.05" then
          "''${config.xdg.configHome}/zsh"
        else
          config.home.homeDirectory
      '';
      example = literalExpression ''"''${config.xdg.configHome}/zsh"'';
      type = types.str;
      description = ''
        Where zsh's startup files go (`ZDOTDIR`). A relative path is read
        from the home directory, which is deprecated.
      '';
    };

    shellAliases = mkOption {
      default = { };
      type = types.attrsOf types.str;
      example = {
        gd = "git diff";
        "..." = "cd ../..";
      };
      description = ''
        Aliases to define, from name to the command it expands to.
      '';
    };

    shellGlobalAliases = mkOption {
      default = { };
      type = types.attrsOf types.str;
      example = {
        L = "| less";
      };
      description = ''
        Global aliases (`alias -g`): like
        [](#opt-programs.zsh.shellAliases), but expanded wherever the word
        appears on the line, not only in command position.
      '';
    };

    dirHashes = mkOption {
      default = { };
      type = types.attrsOf types.str;
      example = {
        proj = "$HOME/src";
      };
      description = "Named directories, usable as `~name`, from name to path (`hash -d`).";
    };

    enableCompletion = mkOption {
      default = true;
      type = types.bool;
      description = ''
        Run {option}`programs.zsh.completionInit` from {file}`.zshrc`.
        Completions of packages installed by the system are found only
        when the system links {file}`/share/zsh` into its profile (on NixOS,
        `environment.pathsToLink = [ "/share/zsh" ];`).
      '';
    };

    completionInit = mkOption {
      default = "autoload -U compinit && compinit";
      type = types.lines;
      description = "Commands that set up completion, run when {option}`programs.zsh.enableCompletion` is on.";
    };

    syntaxHighlighting = mkOption {
      type = syntaxHighlightingModule;
      default = { };
      description = "Settings for the zsh-syntax-highlighting plugin.";
    };

    autosuggestion = {
      enable = mkOption {
        type = types.bool;
        default = false;
        description = "Load zsh-autosuggestions, which offers completions from history as you type.";
      };

      highlight = mkOption {
        type = types.nullOr types.str;
        default = null;
        example = "fg=8,underline";
        description = "How suggestions are drawn (`ZSH_AUTOSUGGEST_HIGHLIGHT_STYLE`), in the syntax of {manpage}`zshzle(1)`.";
      };

      strategy = mkOption {
        type = types.listOf (
          types.enum [
            "history"
            "completion"
            "match_prev_cmd"
          ]
        );
        default = [ "history" ];
        description = ''
          Sources of suggestions, consulted left to right until one has
          something to offer (`ZSH_AUTOSUGGEST_STRATEGY`). With an empty
          list the plugin's own default applies.
        '';
      };
    };

    defaultKeymap = mkOption {
      type = types.nullOr (types.enum (builtins.attrNames bindkeyCommands));
      default = null;
      example = "emacs";
      description = "Keymap selected with {command}`bindkey` at startup.";
    };

    sessionVariables = mkOption {
      default = { };
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
      example = {
        KEYTIMEOUT = 1;
      };
      description = ''
        Variables exported in every zsh, after the session variables.
        A `null` value leaves the variable out.
      '';
    };

    initContent = mkOption {
      default = "";
      type = types.lines;
      example = literalExpression ''
        lib.mkOrder 1200 '''
          bindkey '^R' history-incremental-search-backward
        ''';
      '';
      description = ''
        Everything in {file}`.zshrc`. Modules and users add pieces; the
        priority given with `lib.mkOrder` decides where a piece lands.
        Completion is set up at 570 and aliases at 1100, so use
        `lib.mkBefore` (500) for code that must run first, 550 for code
        that must precede completion, and `lib.mkAfter` (1500) for code
        that needs everything else in place; plain definitions sit at 1000.
      '';
    };

    envExtra = linesOption ".zshenv";
    profileExtra = linesOption ".zprofile";
    loginExtra = linesOption ".zlogin";
    logoutExtra = linesOption ".zlogout";

    localVariables = mkOption {
      type = types.attrs;
      default = { };
      example = {
        WORDCHARS = "*?_-.[]~&;!#$%^(){}<>";
        ZLE_RPROMPT_INDENT = 0;
      };
      description = "Shell variables, not exported, set near the top of {file}`.zshrc`.";
    };

    setOptions = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [
        "INTERACTIVE_COMMENTS"
        "NO_CLOBBER"
      ];
      description = ''
        Options passed to {command}`setopt`; a `NO_` prefix turns one off.
        The names are those of {manpage}`zshoptions(1)`.
      '';
    };

    history = mkOption {
      type = historyModule;
      default = { };
      description = "How zsh records and saves command history.";
    };

    initExtraFirst = initExtraFirst.option;
    initExtraBeforeCompInit = initExtraBeforeCompInit.option;
    initExtra = initExtra.option;
  };

  config = mkIf cfg.enable (
    lib.mkMerge [
      {
        assertions = [
          {
            assertion = !lib.hasInfix "$" cfg.dotDir;
            message = ''
              programs.zsh.dotDir cannot contain shell variables as it is used for file creation at build time.
              Current dotDir: ${cfg.dotDir}
              Consider using an absolute path or home-manager config options instead.
              You can replace shell variables with options like:
              - config.home.homeDirectory (user's home directory)
              - config.xdg.configHome (XDG config directory)
              - config.xdg.dataHome (XDG data directory)
              - config.xdg.cacheHome (XDG cache directory)
            '';
          }
        ];

        warnings =
          lib.optional (cfg.dotDir != homeDir && !lib.hasPrefix "/" cfg.dotDir && !lib.hasInfix "$" cfg.dotDir) ''
            Using relative paths in programs.zsh.dotDir is deprecated and will be removed in a future release.
            Current dotDir: ${cfg.dotDir}
            Consider using absolute paths or home-manager config options instead.
            You can replace relative paths or environment variables with options like:
            - config.home.homeDirectory (user's home directory)
            - config.xdg.configHome (XDG config directory)
            - config.xdg.dataHome (XDG data directory)
            - config.xdg.cacheHome (XDG cache directory)
          ''
          # Only when the default is in use: a definition, even one equal
          # to the default, says the user has chosen.
          ++ lib.optional
            (
              config.xdg.enable
              && !lib.versionAtLeast cfgStateVersion "26.05"
              && options.programs.zsh.dotDir.highestPrio >= 1500
            )
            ''
              The default value of `programs.zsh.dotDir` will change in future versions.
              You are currently using the legacy default (home directory) because `home.stateVersion` is less than "26.05".
              To silence this warning and lock in the current behavior, set:
                programs.zsh.dotDir = config.home.homeDirectory;
              To adopt the new behavior (XDG config directory), set:
                programs.zsh.dotDir = "''${config.xdg.configHome}/zsh";
            '';
      }

      (mkIf (cfg.envExtra != "") { home.file."${dotDirRel}/.zshenv".text = cfg.envExtra; })

      (mkIf (cfg.loginExtra != "") { home.file."${dotDirRel}/.zlogin".text = cfg.loginExtra; })

      (mkIf (cfg.logoutExtra != "") { home.file."${dotDirRel}/.zlogout".text = cfg.logoutExtra; })

      # With the files elsewhere, ~/.zshenv only points zsh there; sourcing
      # the inner .zshenv also covers a zsh started with ZDOTDIR already set.
      (mkIf (dotDirAbs != homeDir) {
        home.file."${dotDirRel}/.zshenv".text = ''
          ${config.lib.zsh.export "ZDOTDIR" dotDirAbs}
        '';

        home.file.".zshenv".text = ''
          source ${lib.escapeShellArg "${dotDirAbs}/.zshenv"}
        '';
      })

      {
        # A login shell gets the variables from .zprofile, others here.
        home.file."${dotDirRel}/.zshenv".text = ''
          if [[ ! -o login ]]; then
          ${indentNonEmptyLines sessionVarsStr}
          fi
        '';

        home.file."${dotDirRel}/.zprofile".text =
          ''
            ${sessionVarsStr}
          ''
          + optionalString (cfg.profileExtra != "") ''

            ${cfg.profileExtra}
          '';
      }

      {
        # nix-zsh-completions has no Debian package; without it in the
        # package set completion still works, just without Nix's commands.
        # For the plugin modules (zsh-plugins.nix).
        lib.zsh = {
          inherit
            homeDir
            dotDirAbs
            dotDirRel
            pluginsDir
            ;
        };

        home.packages =
          [ cfg.package ]
          ++ lib.optional (cfg.enableCompletion && pkgs ? nix-zsh-completions) (
            lib.lowPrio pkgs.nix-zsh-completions
          );

        programs.zsh.shellAliases = lib.mapAttrs (_: lib.mkDefault) config.home.shellAliases;

        # "main" is always on; a user list adds to it.
        programs.zsh.syntaxHighlighting.highlighters = mkIf cfg.syntaxHighlighting.enable [ "main" ];

        # The history switches go first, the user's options after them.
        programs.zsh.setOptions = lib.mkBefore historySetOptions;

        programs.zsh.initContent = lib.mkMerge [
          (mkOrder 510 "typeset -U path cdpath fpath manpath")

          (mkIf (cfg.cdpath != [ ]) (
            mkOrder 510 ''
              cdpath+=(${concatStringsSep " " (map (v: ''"${dqEscape v}"'') cfg.cdpath)})
            ''
          ))

          (mkOrder 520 ''
            for profile in ''${(z)NIX_PROFILES}; do
              fpath+=($profile/share/zsh/site-functions $profile/share/zsh/$ZSH_VERSION/functions $profile/share/zsh/vendor-completions)
            done

            HELPDIR="${cfg.package}/share/zsh/$ZSH_VERSION/help"
          '')

          (mkIf (cfg.defaultKeymap != null) (
            mkOrder 530 ''
              # Use ${cfg.defaultKeymap} keymap as the default.
              ${bindkeyCommands.${cfg.defaultKeymap}}
            ''
          ))

          (mkIf (cfg.localVariables != { }) (mkOrder 540 (config.lib.zsh.defineAll cfg.localVariables)))

          (initExtraFirst.content cfg.initExtraFirst)
          (initExtraBeforeCompInit.content cfg.initExtraBeforeCompInit)

          # oh-my-zsh and prezto run compinit themselves; twice costs a walk of
          # every fpath entry.
          (mkIf (cfg.enableCompletion && !cfg.oh-my-zsh.enable) (mkOrder 570 cfg.completionInit))

          (mkIf cfg.autosuggestion.enable (
            mkOrder 700 ''
              source ${pkgs.zsh-autosuggestions}/share/zsh-autosuggestions/zsh-autosuggestions.zsh
              ${
                optionalString (cfg.autosuggestion.strategy != [ ]) ''
                  ZSH_AUTOSUGGEST_STRATEGY=(${concatStringsSep " " cfg.autosuggestion.strategy})
                ''
              }${
                optionalString (cfg.autosuggestion.highlight != null) ''
                  ZSH_AUTOSUGGEST_HIGHLIGHT_STYLE="${cfg.autosuggestion.highlight}"
                ''
              }
            ''
          ))

          # History settings come after anything a framework may have set.
          (mkOrder 910 ''
            # History options should be set in .zshrc and after oh-my-zsh sourcing.
            # See https://github.com/nix-community/home-manager/issues/177.
            HISTSIZE="${toString cfg.history.size}"
            SAVEHIST="${toString cfg.history.save}"
            ${optionalString (cfg.history.ignorePatterns != [ ])
              "HISTORY_IGNORE=${lib.escapeShellArg "(${concatStringsSep "|" cfg.history.ignorePatterns})"}"
            }
            HISTFILE="${cfg.history.path}"
            mkdir -p "$(dirname "$HISTFILE")"
          '')

          (mkIf (cfg.setOptions != [ ]) (
            mkOrder 950 ''
              # Set shell options
              ${config.lib.zsh.define "set_opts" cfg.setOptions}
              for opt in "''${set_opts[@]}"; do
                setopt "$opt"
              done
              unset opt set_opts
            ''
          ))

          (initExtra.content cfg.initExtra)

          (mkIf (cfg.shellAliases != { } || cfg.shellGlobalAliases != { }) (
            mkOrder 1100 (
              concatStringsSep "\n" (aliasLines "" cfg.shellAliases ++ aliasLines "-g " cfg.shellGlobalAliases)
            )
          ))

          (mkIf (cfg.dirHashes != { }) (
            mkOrder 1150 ''
              # Named Directory Hashes
              ${dirHashesStr}
            ''
          ))

          # After every widget is defined, as zsh-syntax-highlighting asks.
          (mkIf cfg.syntaxHighlighting.enable (
            mkOrder 1200 ''
              source ${cfg.syntaxHighlighting.package}/share/zsh-syntax-highlighting/zsh-syntax-highlighting.zsh
              ZSH_HIGHLIGHT_HIGHLIGHTERS=(${concatStringsSep " " (map lib.escapeShellArg cfg.syntaxHighlighting.highlighters)})
              ${concatStringsSep "\n" (
                lib.mapAttrsToList (
                  name: value: "ZSH_HIGHLIGHT_STYLES[${lib.escapeShellArg name}]=${lib.escapeShellArg value}"
                ) cfg.syntaxHighlighting.styles
              )}
              ${concatStringsSep "\n" (
                lib.mapAttrsToList (
                  name: value: "ZSH_HIGHLIGHT_PATTERNS+=(${lib.escapeShellArg name} ${lib.escapeShellArg value})"
                ) cfg.syntaxHighlighting.patterns
              )}
            ''
          ))
        ];

        home.file."${dotDirRel}/.zshrc".text = cfg.initContent;
      }
    ]
  );
}
