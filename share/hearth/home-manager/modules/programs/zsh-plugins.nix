# The plugin side of programs.zsh: `plugins` (linked under the plugins
# directory, added to path and fpath at order 560, sourced at 900),
# `oh-my-zsh` (variables in .zshenv, setup at 800) and
# `historySubstringSearch` (at 1250, after syntax highlighting), laid out
# as Home Manager does. Paths come from zsh.nix through config.lib.zsh.
{
  config,
  lib,
  pkgs,
  options,
  ...
}:

let
  inherit (lib) mkIf mkOption types;

  cfg = config.programs.zsh;
  paths = config.lib.zsh;

  pluginModule = types.submodule (
    { config, ... }:
    {
      options = {
        src = mkOption {
          type = types.path;
          description = ''
            Directory holding the plugin. It is linked into the plugins
            directory, which is then put on {env}`PATH` and {env}`fpath`.
          '';
        };

        name = mkOption {
          type = types.str;
          description = "Name of the plugin's directory under the plugins directory.";
        };

        file = mkOption {
          type = types.str;
          description = ''
            Script inside {option}`src` that is sourced; defaults to
            {file}`<name>.plugin.zsh`.
          '';
        };

        functions = mkOption {
          default = [ ];
          type = types.listOf types.str;
          description = "Subdirectories of {option}`src` that hold functions or completions, added to {env}`fpath`.";
        };

        # The former name of `functions`; warned about below.
        completions = mkOption {
          default = [ ];
          type = types.listOf types.str;
          visible = false;
          description = "Renamed to {option}`functions`.";
        };
      };

      config.file = lib.mkDefault "${config.name}.plugin.zsh";
    }
  );

  ohMyZshModule = types.submodule {
    options = {
      enable = lib.mkEnableOption "oh-my-zsh";

      package = lib.mkPackageOption pkgs "oh-my-zsh" { };

      plugins = mkOption {
        default = [ ];
        example = [
          "git"
          "sudo"
        ];
        type = types.listOf types.str;
        description = "oh-my-zsh plugins to load (its `plugins` array).";
      };

      custom = mkOption {
        default = "";
        type = types.str;
        example = "\${config.xdg.configHome}/omz-custom";
        description = ''
          Directory of your own plugins and themes, set as `ZSH_CUSTOM`
          (see <https://github.com/robbyrussell/oh-my-zsh/wiki/Customization>).
        '';
      };

      theme = mkOption {
        default = "";
        example = "robbyrussell";
        type = types.str;
        description = "oh-my-zsh theme to use (`ZSH_THEME`).";
      };

      extraConfig = mkOption {
        default = "";
        example = ''
          zstyle ':omz:update' mode disabled
        '';
        type = types.lines;
        description = "Lines run just before oh-my-zsh is loaded, for plugin settings such as {command}`zstyle` calls.";
      };
    };
  };

  historySubstringSearchModule = types.submodule {
    options = {
      enable = lib.mkEnableOption "zsh-history-substring-search, which steps through history entries containing what is already typed";

      searchUpKey = mkOption {
        type = types.either (types.listOf types.str) types.str;
        default = [ "^[[A" ];
        description = ''
          Key sequence(s) bound to searching backwards. `^[[A` is the up
          arrow on most terminals; `$terminfo[kcuu1]` asks terminfo
          instead.
        '';
      };

      searchDownKey = mkOption {
        type = types.either (types.listOf types.str) types.str;
        default = [ "^[[B" ];
        description = ''
          Key sequence(s) bound to searching forwards. `^[[B` is the down
          arrow on most terminals; `$terminfo[kcud1]` asks terminfo
          instead.
        '';
      };
    };
  };

  functionsOf = p: p.functions ++ p.completions;

  # The plugin directories, then any subdirectory of theirs that holds
  # functions, then the extra function paths.
  pluginPathsStr =
    let
      dir = paths.pluginsDir;
      functionPaths = lib.concatMap (p: map (f: "${p.name}/${f}") (functionsOf p)) cfg.plugins;
    in
    ''
      # Add plugin directories to PATH and fpath
      ${config.lib.zsh.define "plugin_dirs" (map (p: p.name) cfg.plugins)}
      for plugin_dir in "''${plugin_dirs[@]}"; do
        path+="${dir}/$plugin_dir"
        fpath+="${dir}/$plugin_dir"
        for plugin_fpath_dir in \
          "$plugin_dir/share/zsh/plugins/$plugin_dir" \
          "$plugin_dir/share/zsh/site-functions" \
          "$plugin_dir/share/zsh/vendor-completions"; do
          [[ -d "${dir}/$plugin_fpath_dir" ]] && fpath+="${dir}/$plugin_fpath_dir"
        done
      done
      unset plugin_dir plugin_dirs plugin_fpath_dir
      ${lib.optionalString (functionPaths != [ ]) ''
        # Add additional function paths to fpath
        ${config.lib.zsh.define "function_paths" functionPaths}
        for function_path in "''${function_paths[@]}"; do
          fpath+="${dir}/$function_path"
        done
        unset function_path function_paths
      ''}
    '';

  pluginSourceStr = ''
    # Source plugins
    ${config.lib.zsh.define "plugins" (map (p: "${p.name}/${p.file}") cfg.plugins)}
    for plugin in "''${plugins[@]}"; do
      [[ -f "${paths.pluginsDir}/$plugin" ]] && source "${paths.pluginsDir}/$plugin"
    done
    unset plugin plugins
  '';

  omz = cfg.oh-my-zsh;

  # One warning per definition that still says `completions`.
  completionsWarnings = lib.concatMap (
    def:
    lib.concatMap (
      v:
      lib.optional (builtins.isAttrs v && v ? completions)
        "The option `programs.zsh.plugins.*.completions' defined in ${lib.showFiles [ def.file ]} has been renamed to `programs.zsh.plugins.*.functions'."
    ) (lib.toList def.value)
  ) options.programs.zsh.plugins.definitionsWithLocations;
in
{
  options.programs.zsh = {
    plugins = mkOption {
      type = types.listOf pluginModule;
      default = [ ];
      example = lib.literalExpression ''
        [
          {
            name = "fzf-tab";
            src = pkgs.zsh-fzf-tab;
            file = "share/fzf-tab/fzf-tab.plugin.zsh";
          }
        ]
      '';
      description = "Plugins not managed by a framework: each is linked under the plugins directory and its script sourced from {file}`.zshrc`.";
    };

    oh-my-zsh = mkOption {
      type = ohMyZshModule;
      default = { };
      description = "Loading oh-my-zsh and choosing its plugins and theme.";
    };

    historySubstringSearch = mkOption {
      type = historySubstringSearchModule;
      default = { };
      description = "Settings for the zsh-history-substring-search plugin.";
    };
  };

  config = mkIf cfg.enable (
    lib.mkMerge [
      (mkIf (cfg.plugins != [ ]) {
        warnings = completionsWarnings;

        home.file = lib.mergeAttrsList (
          map (p: { "${paths.pluginsDir}/${p.name}".source = p.src; }) cfg.plugins
        );

        programs.zsh = {
          # Many plugins need compinit; the user may still say no.
          enableCompletion = lib.mkDefault true;

          initContent = lib.mkMerge [
            (lib.mkOrder 560 pluginPathsStr)
            (lib.mkOrder 900 pluginSourceStr)
          ];
        };
      })

      (mkIf omz.enable {
        home.packages = [ omz.package ];

        # After the session variables in .zshenv, as Home Manager's
        # separate module lands there.
        home.file."${paths.dotDirRel}/.zshenv".text = lib.mkAfter ''
          ZSH="${omz.package}/share/oh-my-zsh";
          ZSH_CACHE_DIR="${config.xdg.cacheHome}/oh-my-zsh";
        '';

        # Some plugins expect the cache directory to exist.
        home.file."${config.xdg.cacheHome}/oh-my-zsh/.keep".text = "";

        programs.zsh.initContent = lib.mkOrder 800 ''
          # oh-my-zsh extra settings for plugins
          ${omz.extraConfig}
          # oh-my-zsh configuration generated by NixOS
          ${lib.optionalString (omz.plugins != [ ]) "plugins=(${lib.concatStringsSep " " omz.plugins})"}
          ${lib.optionalString (omz.custom != "") ''ZSH_CUSTOM="${omz.custom}"''}
          ${lib.optionalString (omz.theme != "") ''ZSH_THEME="${omz.theme}"''}
          source $ZSH/oh-my-zsh.sh
        '';
      })

      # After zsh-syntax-highlighting, as its documentation asks.
      (mkIf cfg.historySubstringSearch.enable {
        programs.zsh.initContent = lib.mkOrder 1250 ''
          source ${pkgs.zsh-history-substring-search}/share/zsh-history-substring-search/zsh-history-substring-search.zsh
          ${lib.concatMapStringsSep "\n" (k: ''bindkey "${k}" history-substring-search-up'') (
            lib.toList cfg.historySubstringSearch.searchUpKey
          )}
          ${lib.concatMapStringsSep "\n" (k: ''bindkey "${k}" history-substring-search-down'') (
            lib.toList cfg.historySubstringSearch.searchDownKey
          )}
        '';
      })
    ]
  );
}
