# programs.fish: ~/.config/fish/config.fish, one file per function and
# completion, a conf.d file per plugin, key bindings (as the function
# fish_user_key_bindings), completions generated from the installed man
# pages, and the session variables as fish (hm-session-vars.fish), laid out
# as Home Manager lays them out. Every file goes through fish_indent, as in
# Home Manager, so their text is only final once built.
#
# Deliberate differences from Home Manager:
# - hm-session-vars.fish is translated at evaluation time by
#   ../lib/posix-to-fish.nix instead of by babelfish, which Debian does not
#   package. Its output follows babelfish's for the shell Hearth's modules
#   write; a file the session variables source (`. FILE`), and a script the
#   translation does not understand, are run by /bin/sh when the file is
#   sourced and their exported variables taken over.
# - A function's file is sourced from config.fish only if it sets one of
#   the event options (Home Manager sources every function given as an
#   attribute set).
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
    isAttrs
    literalExpression
    mkIf
    mkOption
    optional
    types
    ;

  cfg = config.programs.fish;

  fishExe = lib.getExe' cfg.package "fish";

  posixToFish = import ../lib/posix-to-fish.nix { inherit lib; };

  nullOr = t: mkOption {
    type = types.nullOr t;
    default = null;
  };

  pluginModule = types.submodule {
    options = {
      name = mkOption {
        type = types.str;
        description = "Name of the plugin, used for its file {file}`conf.d/plugin-<name>.fish`.";
      };
      src = mkOption {
        type = types.path;
        description = ''
          Directory of the plugin. Its {file}`functions` and
          {file}`completions` are put on fish's search paths, its
          {file}`conf.d/*.fish`, {file}`key_bindings.fish` and
          {file}`init.fish` are sourced, and its {file}`themes/*.theme` are
          linked into {file}`~/.config/fish/themes`.
        '';
      };
    };
  };

  # The options of a function that make it an event handler.
  eventOptions = [
    "onEvent"
    "onVariable"
    "onJobExit"
    "onProcessExit"
    "onSignal"
  ];

  functionModule = types.submodule {
    options = {
      body = mkOption {
        type = types.lines;
        description = "The commands the function runs.";
      };
      argumentNames = nullOr (types.either types.str (types.listOf types.str)) // {
        description = "Names given to the function's arguments, in order ({option}`--argument-names`).";
      };
      description = nullOr types.str // {
        description = "A short description, shown with completions ({option}`--description`).";
      };
      wraps = nullOr types.str // {
        description = "A command whose completions the function takes over ({option}`--wraps`).";
      };
      onEvent = nullOr (types.either types.str (types.listOf types.str)) // {
        description = "Named events (such as `fish_prompt`) that run the function ({option}`--on-event`).";
      };
      onVariable = nullOr types.str // {
        description = "A variable whose every change runs the function ({option}`--on-variable`).";
      };
      onJobExit = nullOr (types.either types.str types.int) // {
        description = ''
          A job (process group id, or `caller` inside a command
          substitution) whose exit runs the function ({option}`--on-job-exit`).
        '';
      };
      onProcessExit = nullOr (types.either types.str types.int) // {
        example = "$fish_pid";
        description = "A child process id whose exit runs the function ({option}`--on-process-exit`).";
      };
      onSignal = nullOr (types.either types.str types.int) // {
        example = "SIGHUP";
        description = "A signal, by name or number, whose delivery runs the function ({option}`--on-signal`).";
      };
      noScopeShadowing = mkOption {
        type = types.bool;
        default = false;
        description = "Let the function see the variables of its caller ({option}`--no-scope-shadowing`).";
      };
      inheritVariable = nullOr types.str // {
        description = "A variable whose value at definition time the function keeps as a local ({option}`--inherit-variable`).";
      };
    };
  };

  completionModule = types.submodule {
    options.body = mkOption {
      type = types.lines;
      description = "The text of the completion file.";
    };
  };

  abbrModule = types.submodule {
    options = {
      name = nullOr types.str // {
        description = "The word to expand; `null` takes the attribute name.";
      };
      expansion = nullOr types.str // {
        description = "The text the word expands to.";
      };
      position = nullOr types.str // {
        example = "anywhere";
        description = "Where the word expands: `command` (only as the command) or `anywhere`.";
      };
      regex = nullOr types.str // {
        description = "A regular expression matched instead of the literal name.";
      };
      command = nullOr (types.either types.str (types.listOf types.str)) // {
        description = "Commands after which, as an argument, the word expands.";
      };
      setCursor = mkOption {
        type = types.either types.bool types.str;
        default = false;
        description = ''
          Where the cursor goes in the expansion: `true` marks it with `%`,
          a string is the marker to use ({option}`--set-cursor`).
        '';
      };
      function = nullOr types.str // {
        description = "A fish function whose output is the expansion.";
      };
    };
  };

  bindMode = types.nullOr (
    types.either (types.enum [
      "default"
      "insert"
      "paste"
    ]) types.str
  );

  bindModule = types.submodule (
    { config, ... }:
    {
      options = {
        name = nullOr types.str // {
          description = "The key sequence; `null` takes the attribute name.";
        };
        enable = lib.mkEnableOption "this binding" // {
          default = true;
        };
        mode = mkOption {
          type = bindMode;
          default = null;
          description = "The bind mode the binding belongs to ({option}`--mode`).";
        };
        command = mkOption {
          type =
            let
              base = types.nullOr (types.either types.str (types.listOf types.str));
            in
            base
            // {
              description = "string or list of string (optional when erase is set to true)";
              check = x: (config.erase || x != null) && base.check x;
            };
          default = null;
          description = "The command, or commands, the key runs.";
        };
        setsMode = mkOption {
          type = bindMode;
          default = null;
          description = "The mode to switch to after the command ({option}`--sets-mode`).";
        };
        erase = lib.mkEnableOption "erasing the key's existing binding first";
        silent = lib.mkEnableOption "binding silently ({option}`-s`)";
        repaint = lib.mkEnableOption "redrawing the prompt after the command";
        operate = mkOption {
          type = types.nullOr (
            types.enum [
              "preset"
              "user"
            ]
          );
          default = null;
          description = "Whether to act on the preset bindings or the user's.";
        };
      };
    }
  );

  # `abbr --add [flags] -- name [expansion]`, flags sorted by name.
  abbrLine =
    attrName: def:
    let
      isSet = isAttrs def;
      name = if isSet && def.name != null then def.name else attrName;
      flags = lib.cli.toCommandLineShell (flag: {
        option = "--${flag}";
        sep = if flag == "set-cursor" then "=" else null;
        explicitBool = false;
      }) { inherit (def) command function position regex; set-cursor = def.setCursor; };
      expansion = if isSet then def.expansion else def;
    in
    "abbr --add ${if isSet then flags else ""} -- ${name}"
    + lib.optionalString (expansion != null) " ${lib.escapeShellArg expansion}";

  abbrsStr = concatStringsSep "\n" (lib.mapAttrsToList abbrLine cfg.shellAbbrs);

  aliasesStr = concatStringsSep "\n" (
    lib.mapAttrsToList (k: v: "alias ${k} ${lib.escapeShellArg v}") cfg.shellAliases
  );

  # Per enabled binding: `bind -e ...` when erasing, then the binding itself
  # when it has a command.
  bindLines =
    attrName: b:
    let
      key = if b.name != null then b.name else attrName;
      flags =
        optional b.silent "-s"
        ++ optional (b.operate != null) "--${b.operate}"
        ++ lib.optionals (b.mode != null) [
          "--mode"
          b.mode
        ]
        ++ lib.optionals (b.setsMode != null) [
          "--sets-mode"
          b.setsMode
        ];
    in
    optional b.erase (concatStringsSep "  " ([ "bind" "-e" ] ++ flags ++ [ key ]))
    ++ optional (b.command != null) (
      concatStringsSep " " (
        [ "bind" ] ++ flags ++ [ key ] ++ map lib.escapeShellArg (lib.toList b.command) ++ optional b.repaint "repaint"
      )
    );

  enabledBinds = lib.filterAttrs (_: b: b.enable) cfg.binds;

  bindsStr = concatStringsSep "\n" (lib.concatLists (lib.mapAttrsToList bindLines enabledBinds));

  # Formats fish text with fish_indent, as Home Manager does for every file
  # it writes for fish.
  fishIndent =
    name: text:
    pkgs.runCommand name {
      nativeBuildInputs = [ cfg.package ];
      inherit text;
      passAsFile = [ "text" ];
    } "env HOME=$(mktemp -d) fish_indent < $textPath > $out";

  # `function NAME [flags]`, flags in Home Manager's order; those with a
  # free-form value are double-quoted.
  functionText =
    name: def:
    let
      quoted = flag: v: optional (v != null) ''--${flag}="${toString v}"'';
      flags =
        quoted "description" def.description
        ++ quoted "wraps" def.wraps
        ++ lib.concatMap (quoted "on-event") (lib.toList def.onEvent)
        ++ quoted "on-variable" def.onVariable
        ++ quoted "on-job-exit" def.onJobExit
        ++ quoted "on-process-exit" def.onProcessExit
        ++ quoted "on-signal" def.onSignal
        ++ optional def.noScopeShadowing "--no-scope-shadowing"
        ++ quoted "inherit-variable" def.inheritVariable
        ++ optional (def.argumentNames != null) "--argument-names=${toString def.argumentNames}";
      header = if isAttrs def then "${name} ${toString flags}" else name;
      body = if isAttrs def then def.body else def;
    in
    ''
      function ${header}
        ${lib.removeSuffix "\n" body}
      end
    '';

  # Event handlers exist only once their function is defined, so
  # config.fish sources their files instead of waiting for autoloading.
  isHandler =
    def: isAttrs def && lib.any (o: def.${o} != null) eventOptions;

  sourceHandlersStr = concatStringsSep "\n" (
    map (name: "source ${config.xdg.configHome}/fish/functions/${name}.fish") (
      builtins.attrNames (lib.filterAttrs (_: isHandler) cfg.functions)
    )
  );

  sessionVarsFile = "etc/profile.d/hm-session-vars.fish";

  posixVars = config.home.sessionVariablesPackage;

  # What babelfish would make of hm-session-vars.sh, or, for shell the
  # translation does not handle, the .sh file run by /bin/sh.
  sessionVarsBody =
    let
      translated = posixToFish.tryTranslate posixVars.text;
    in
    if translated != null then
      translated
    else
      posixToFish.sourceAtRuntime (lib.escapeShellArg "${posixVars}/etc/profile.d/hm-session-vars.sh")
      + "\n";

  sessionVarsPkg = pkgs.writeTextFile {
    name = "hm-session-vars.fish";
    destination = "/${sessionVarsFile}";
    text = "function setup_hm_session_vars;\n" + sessionVarsBody + "end\nsetup_hm_session_vars\n";
  };

  # Lines of a block nested in config.fish: the first is indented by the
  # template, the others are left as they are (fish_indent fixes them).
  configText = concatStringsSep "\n" [
    "# ~/.config/fish/config.fish: DO NOT EDIT -- this file has been generated"
    "# automatically by home-manager."
    ""
    "# Only execute this file once per shell."
    "set -q __fish_home_manager_config_sourced; and exit"
    "set -g __fish_home_manager_config_sourced 1"
    ""
    "source ${cfg.sessionVariablesPackage}/${sessionVarsFile}"
    ""
    "# Source handler functions"
    sourceHandlersStr
    ""
    cfg.shellInit
    ""
    "status is-login; and begin"
    ""
    "  # Login shell initialisation"
    "  ${cfg.loginShellInit}"
    ""
    "end"
    ""
    "status is-interactive; and begin"
    ""
    "  # Abbreviations"
    "  ${abbrsStr}"
    ""
    "  # Aliases"
    "  ${aliasesStr}"
    ""
    "  # Interactive shell initialisation"
    "  ${cfg.interactiveShellInit}"
    ""
    "end"
    ""
    "${cfg.shellInitLast}"
  ] + "\n";

  # Man-page completions of one package (and its extra outputs), made by
  # the script fish ships for that.
  manCompletions =
    package:
    let
      name = package.name or "${package.pname or "«pname-missing»"}-${package.version or "«version-missing»"}";
    in
    pkgs.runCommand "${name}-fish-completions"
      {
        srcs = [
          package
        ]
        ++ lib.filter (p: p != null) (map (o: package.${o} or null) config.home.extraOutputsToInstall);
        nativeBuildInputs = [ pkgs.python3 ];
        buildInputs = [ cfg.package ];
        preferLocalBuild = true;
      }
      ''
        mkdir -p $out
        for src in $srcs; do
          if [ -d $src/share/man ]; then
            find -L $src/share/man -type f \
              -exec python3 ${cfg.package}/share/fish/tools/create_manpage_completions.py --directory $out {} + \
              > /dev/null
          fi
        done
      '';

  # Higher meta.priority first, so that packages preferred in the profile
  # (lower number) overwrite the others when joined.
  allCompletions = map manCompletions (
    lib.sort (a: b: (a.meta.priority or 0) > (b.meta.priority or 0)) config.home.packages
  );

  # Like symlinkJoin, but a later path's file replaces an earlier one's.
  generatedCompletions =
    pkgs.runCommand "${config.home.username}-fish-completions"
      {
        paths = allCompletions;
        preferLocalBuild = true;
        allowSubstitutes = false;
      }
      ''
        mkdir -p $out
        for i in $paths; do
          if [ -z "$(find $i -prune -empty)" ]; then
            cp -srf $i/* $out
          fi
        done
      '';

  completionPathInit = ''
    # add completions generated by Home Manager to $fish_complete_path
    begin
      set -l joined (string join " " $fish_complete_path)
      set -l prev_joined (string replace --regex "[^\s]*generated_completions.*" "" $joined)
      set -l post_joined (string replace $prev_joined "" $joined)
      set -l prev (string split " " (string trim $prev_joined))
      set -l post (string split " " (string trim $post_joined))
      set fish_complete_path $prev "${config.xdg.dataHome}/fish/home-manager/generated_completions" $post
    end
  '';

  pluginText = plugin: ''
    # Plugin ${plugin.name}
    set -l plugin_dir ${plugin.src}

    # Set paths to import plugin components
    if test -d $plugin_dir/functions
      set fish_function_path $fish_function_path[1] $plugin_dir/functions $fish_function_path[2..-1]
    end

    if test -d $plugin_dir/completions
      set fish_complete_path $fish_complete_path[1] $plugin_dir/completions $fish_complete_path[2..-1]
    end

    # Source initialization code if it exists.
    if test -d $plugin_dir/conf.d
      for f in $plugin_dir/conf.d/*.fish
        source $f
      end
    end

    if test -f $plugin_dir/key_bindings.fish
      source $plugin_dir/key_bindings.fish
    end

    if test -f $plugin_dir/init.fish
      source $plugin_dir/init.fish
    end
  '';

  # fish looks for themes only in its configuration directory
  # (fish-shell#9456), so a plugin's themes are linked there.
  pluginThemesOnChange = plugin: ''
    ${fishExe} -c '
    set -l plugin_dir ${plugin.src}
    # https://github.com/fish-shell/fish-shell/issues/9456
    set -l dest_dir $__fish_config_dir/themes

      if test -d $plugin_dir/themes
        mkdir -p $dest_dir
        for f in $plugin_dir/themes/*.theme
          ln -sf $f $dest_dir/(basename $f)
        end
      end
    '
  '';
in
{
  imports = [
    (lib.mkRemovedOptionModule [ "programs" "fish" "promptInit" ] ''
      Prompt is now configured through the

        programs.fish.interactiveShellInit

      option. Please change to use that instead.
    '')
  ];

  options.programs.fish = {
    enable = lib.mkEnableOption "fish, the friendly interactive shell";

    package = lib.mkPackageOption pkgs "fish" { };

    generateCompletions = lib.mkEnableOption "completions generated from the man pages of the installed packages" // {
      default = true;
    };

    shellAliases = mkOption {
      type = types.attrsOf types.str;
      default = { };
      example = literalExpression ''{ g = "git"; "..." = "cd ../.."; }'';
      description = "Aliases, from name to command, defined in interactive shells.";
    };

    shellAbbrs = mkOption {
      type = types.attrsOf (types.either types.str abbrModule);
      default = { };
      example = literalExpression ''
        {
          gco = "git checkout";
          "-C" = { position = "anywhere"; expansion = "--color"; };
        }
      '';
      description = ''
        Abbreviations, words that fish replaces with their expansion as
        they are typed: a string is the expansion, an attribute set gives
        the other options of {command}`abbr`.
      '';
    };

    preferAbbrs = mkOption {
      type = types.bool;
      default = false;
      example = true;
      description = ''
        Turn the aliases other modules define for fish (and
        {option}`home.shellAliases`) into abbreviations.
      '';
    };

    binds = mkOption {
      type = types.attrsOf bindModule;
      default = { };
      example = literalExpression ''
        {
          "alt-shift-b".command = "fish_commandline_append bat";
          "alt-s" = { erase = true; operate = "preset"; };
        }
      '';
      description = "Key bindings, written to the function {command}`fish_user_key_bindings`.";
    };

    shellInit = mkOption {
      type = types.lines;
      default = "";
      description = "Commands run by every fish at startup.";
    };

    loginShellInit = mkOption {
      type = types.lines;
      default = "";
      description = "Commands run by login shells at startup.";
    };

    interactiveShellInit = mkOption {
      type = types.lines;
      default = "";
      description = "Commands run by interactive shells at startup.";
    };

    shellInitLast = mkOption {
      type = types.lines;
      default = "";
      description = "Commands run by every fish at the very end of {file}`config.fish`.";
    };

    plugins = mkOption {
      type = types.listOf pluginModule;
      default = [ ];
      example = literalExpression ''
        [ { name = "grc"; src = pkgs.fishPlugins.grc.src; } ]
      '';
      description = "Plugins, each loaded by its own file in {file}`~/.config/fish/conf.d`.";
    };

    functions = mkOption {
      type = types.attrsOf (types.either types.lines functionModule);
      default = { };
      example = literalExpression ''
        {
          gitignore = "curl -sL https://www.gitignore.io/api/$argv";
          greet = { body = "echo hi"; onEvent = "fish_greeting"; };
        }
      '';
      description = ''
        Functions, each written to {file}`~/.config/fish/functions/<name>.fish`:
        a string is the body, an attribute set also gives the options of
        {command}`function`.
      '';
    };

    completions = mkOption {
      type = types.attrsOf (types.either types.lines completionModule);
      default = { };
      example = literalExpression ''{ myprog = "complete -c myprog -s o -l output"; }'';
      description = "Completion files, each written to {file}`~/.config/fish/completions/<name>.fish`.";
    };

    sessionVariablesPackage = mkOption {
      type = types.package;
      internal = true;
      description = "The package holding {file}`etc/profile.d/hm-session-vars.fish`.";
    };
  };

  config = mkIf cfg.enable (
    lib.mkMerge [
      {
        home.packages = [
          cfg.package
          cfg.sessionVariablesPackage
        ];
        programs.fish.sessionVariablesPackage = sessionVarsPkg;

        programs.fish.shellAliases = mkIf (!cfg.preferAbbrs) (lib.mapAttrs (_: lib.mkDefault) config.home.shellAliases);
        programs.fish.shellAbbrs = mkIf cfg.preferAbbrs (lib.mapAttrs (_: lib.mkDefault) config.home.shellAliases);

        xdg.configFile."fish/config.fish".source = fishIndent "config.fish" configText;
      }

      (mkIf cfg.generateCompletions (
        lib.recursiveUpdate {
          xdg.dataFile."fish/home-manager/generated_completions".source = generatedCompletions;
          # Packages without man pages give empty outputs, which nothing
          # would keep alive; keep them so they are not built again.
          home.extraDependencies = allCompletions;
          programs.fish.interactiveShellInit = completionPathInit;
        } (lib.optionalAttrs (options.programs ? man) { programs.man.generateCaches = lib.mkDefault true; })
      ))

      (mkIf (enabledBinds != { }) {
        programs.fish.functions.fish_user_key_bindings = bindsStr;
      })

      {
        xdg.configFile = lib.mapAttrs' (
          name: def: lib.nameValuePair "fish/functions/${name}.fish" { source = fishIndent "${name}.fish" (functionText name def); }
        ) cfg.functions;
      }

      {
        xdg.configFile = lib.mapAttrs' (
          name: def:
          lib.nameValuePair "fish/completions/${name}.fish" {
            source = fishIndent "${name}.fish" (lib.removeSuffix "\n" (if isAttrs def then def.body else def) + "\n");
          }
        ) cfg.completions;
      }

      {
        xdg.configFile = lib.listToAttrs (
          map (
            plugin:
            lib.nameValuePair "fish/conf.d/plugin-${plugin.name}.fish" {
              source = fishIndent "${plugin.name}.fish" (pluginText plugin);
              onChange = pluginThemesOnChange plugin;
            }
          ) cfg.plugins
        );
      }
    ]
  );
}
