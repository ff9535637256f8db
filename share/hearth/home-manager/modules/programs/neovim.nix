# programs.neovim: ~/.config/nvim/init.lua as Home Manager writes it (the
# provider settings, then a Vimscript file sourced from the store holding
# the plugins' Vimscript configs and extraConfig, then initLua, then the
# plugins' Lua configs in a folded block), the vi/vim/vimdiff aliases,
# EDITOR, and a wrapped `nvim` with the plugins on its packpath and
# extraPackages on its PATH. The wrapper is Hearth's own, over Debian's
# neovim; plugins are pkgs.vimPlugins (Debian's Vim plugin packages) or any
# derivation laid out as a Vim plugin. No coc, only the Python 3 provider
# (Debian's python3 with pynvim), and extraPython3Packages and
# extraLuaPackages are accepted but not installed.
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
    types
    ;

  cfg = config.programs.neovim;

  inherit
    (import ../lib/file-type.nix {
      inherit (config.home) homeDirectory;
      inherit lib pkgs;
    })
    fileType
    ;

  pluginWithConfigType = types.submodule {
    options = {
      plugin = mkOption {
        type = types.package;
        example = literalExpression "pkgs.vimPlugins.vim-fugitive";
        description = "The plugin, as {option}`programs.neovim.plugins` takes it bare.";
      };

      config = mkOption {
        type = types.nullOr types.lines;
        default = null;
        description = "Configuration for the plugin, in the language {option}`type` names.";
      };

      type = mkOption {
        type = types.either (types.enum [
          "lua"
          "viml"
          "teal"
          "fennel"
        ]) types.str;
        default = "viml";
        description = ''
          The language of {option}`config`. Vimscript goes into the file
          {file}`init.lua` sources, Lua to the end of {file}`init.lua`; the
          configurations of each language are also gathered in
          {option}`programs.neovim.generatedConfigs`.
        '';
      };

      optional = mkOption {
        type = types.bool;
        default = false;
        description = "Whether to leave the plugin under {file}`opt/`, loaded only by `:packadd`.";
      };

      runtime = mkOption {
        type = fileType "programs.neovim.plugins._.runtime" "{var}`xdg.configHome`/nvim" "nvim";
        default = { };
        example = literalExpression ''
          { "ftplugin/c.vim".text = "setlocal omnifunc=v:lua.vim.lsp.omnifunc"; }
        '';
        description = "Files placed in {file}`$XDG_CONFIG_HOME/nvim` along with the plugin.";
      };
    };
  };

  pluginsNormalized = map (
    p:
    {
      type = "viml";
      config = null;
      optional = false;
      runtime = { };
    }
    // (if p ? plugin then p else { plugin = p; })
  ) cfg.plugins;

  configsOf = ps: map (p: p.config) (builtins.filter (p: p.config != null) ps);

  # Each plugin with what it depends on, itself first, as vimUtils' packDir
  # walks them.
  withDependencies = p: [ p ] ++ lib.unique (lib.concatMap withDependencies (p.dependencies or [ ]));
  startPlugins = map (p: p.plugin) (builtins.filter (p: !p.optional) pluginsNormalized);
  optPlugins = map (p: p.plugin) (builtins.filter (p: p.optional) pluginsNormalized);
  # What optional plugins need is loaded at startup, unless optional itself.
  packStart = lib.unique (
    lib.concatMap withDependencies startPlugins
    ++ lib.subtractLists optPlugins (lib.concatMap withDependencies optPlugins)
  );

  # One Vim package holding every plugin, as nixpkgs' neovim wrapper lays it out.
  packDir = pkgs.runCommand "vim-pack-dir" { } (
    "mkdir -p $out/pack/myNeovimPackages/start $out/pack/myNeovimPackages/opt\n"
    + lib.concatMapStrings (p: "ln -s ${p} $out/pack/myNeovimPackages/start/${lib.getName p}\n") packStart
    + lib.concatMapStrings (p: "ln -s ${p} $out/pack/myNeovimPackages/opt/${lib.getName p}\n") optPlugins
  );

  # Python for the python3 provider: Debian's interpreter with pynvim on
  # its path, under the name nixpkgs gives it.
  python3Host = pkgs.runCommand "nvim-host-python3" { } ''
    mkdir -p $out/bin
    cat > $out/bin/nvim-python3 <<EOS
    #!${pkgs.runtimeShell}
    export PYTHONPATH="${pkgs.python3-pynvim}/lib/python3/dist-packages\''${PYTHONPATH:+:\$PYTHONPATH}"
    exec ${pkgs.python3}/bin/python3 "\$@"
    EOS
    chmod +x $out/bin/nvim-python3
  '';

  # Disabled providers are switched off first, then the enabled ones get
  # their host program: one line of Lua, as nixpkgs' wrapper renders it.
  providers = [
    {
      name = "node";
      option = "withNodeJs";
      on = cfg.withNodeJs == true;
    }
    {
      name = "perl";
      option = "withPerl";
      on = cfg.withPerl == true;
    }
    {
      name = "python3";
      option = "withPython3";
      on = cfg.withPython3 == true;
    }
    {
      name = "ruby";
      option = "withRuby";
      on = cfg.withRuby == true;
    }
  ];
  # Only Python 3 has a host here: a provider asked for without one is
  # switched off like a disabled one (and reported), rather than pointed
  # at a program that does not exist.
  hasHost = p: p.on && p.name == "python3";
  missingProviders = builtins.filter (p: p.on && !(hasHost p)) providers;
  providerLua = lib.concatStringsSep ";" (
    map (p: "vim.g.loaded_${p.name}_provider=0") (builtins.filter (p: !(hasHost p)) providers)
    ++ map (p: "vim.g.${p.name}_host_prog='${python3Host}/bin/nvim-python3'") (builtins.filter hasHost providers)
  );

  # The plugins' Vimscript configs, then extraConfig, as the wrapper's
  # init.vim of nixpkgs holds them.
  vimlContent = lib.concatStringsSep "\n" (
    configsOf (builtins.filter (p: p.type == "viml") pluginsNormalized) ++ [ cfg.extraConfig ]
  );
  vimlFile = pkgs.writeText "nvim-init-home-manager.vim" vimlContent;

  # A Lua block folded with Vim's default markers.
  foldedLua = title: content: ''
    -- ${title} {{{
    ${content}
    -- }}}
  '';

  initLuaFile = pkgs.writeText "init.lua" cfg.initLua;

  wrapperArgs =
    lib.optionals (cfg.plugins != [ ]) [
      "--add-flags"
      ''--cmd "set packpath^=${packDir}"''
      "--add-flags"
      ''--cmd "set rtp^=${packDir}"''
    ]
    ++ lib.optionals (cfg.extraPackages != [ ]) [
      "--suffix"
      "PATH"
      ":"
      (lib.makeBinPath cfg.extraPackages)
    ]
    ++ lib.optionals cfg.sideloadInitLua [
      "--add-flags"
      "--cmd 'luafile ${initLuaFile}'"
    ]
    ++ cfg.extraWrapperArgs;

  wrapped =
    pkgs.runCommand "neovim-${cfg.package.version or "unwrapped"}"
      {
        nativeBuildInputs = [ pkgs.makeWrapper ];
        meta.mainProgram = "nvim";
        passthru = { inherit packDir; };
      }
      ''
        mkdir -p $out/bin
        # Debian's nvim looks for its runtime files under /usr/share/nvim;
        # Hearth's Debian packages keep them in their own root.
        runtime=${cfg.package.root or "${cfg.package}/libexec/hearth/root"}/usr/share/nvim/runtime
        if [ -d "$runtime" ]; then set -- --set-default VIMRUNTIME "$runtime"; else set --; fi
        makeWrapper ${cfg.package}/bin/nvim $out/bin/nvim "$@" ${lib.escapeShellArgs wrapperArgs}
        ${lib.optionalString cfg.viAlias "ln -s nvim $out/bin/vi"}
        ${lib.optionalString cfg.vimAlias "ln -s nvim $out/bin/vim"}
      '';
in
{
  imports = [
    (lib.mkRemovedOptionModule [
      "programs"
      "neovim"
      "withPython"
    ] "Python2 support has been removed from neovim.")
    (lib.mkRemovedOptionModule [
      "programs"
      "neovim"
      "extraPythonPackages"
    ] "Python2 support has been removed from neovim.")
    (lib.mkRenamedOptionModule
      [
        "programs"
        "neovim"
        "extraLuaConfig"
      ]
      [
        "programs"
        "neovim"
        "initLua"
      ]
    )
  ];

  options.programs.neovim = {
    enable = lib.mkEnableOption "Neovim";

    package = lib.mkPackageOption pkgs "neovim-unwrapped" { };

    finalPackage = mkOption {
      type = types.package;
      readOnly = true;
      visible = false;
      description = "The `nvim` that gets installed: {option}`programs.neovim.package` wrapped with the options below.";
    };

    viAlias = mkOption {
      type = types.bool;
      default = false;
      description = "Also install `nvim` under the name {command}`vi`.";
    };

    vimAlias = mkOption {
      type = types.bool;
      default = false;
      description = "Also install `nvim` under the name {command}`vim`.";
    };

    vimdiffAlias = mkOption {
      type = types.bool;
      default = false;
      description = "Add a shell alias making {command}`vimdiff` run `nvim -d`.";
    };

    defaultEditor = mkOption {
      type = types.bool;
      default = false;
      description = "Make `nvim` the editor other programs start, through {env}`EDITOR`.";
    };

    withNodeJs = mkOption {
      type = types.bool;
      default = false;
      description = "Enable the Node.js provider, for remote plugins written in JavaScript.";
    };

    withPerl = mkOption {
      type = types.bool;
      default = false;
      description = "Enable the Perl provider.";
    };

    withPython3 = mkOption {
      type = types.bool;
      default = true;
      description = "Enable the Python 3 provider, for remote plugins written in Python.";
    };

    withRuby = mkOption {
      type = types.nullOr types.bool;
      default = false;
      description = "Enable the Ruby provider.";
    };

    extraPython3Packages = mkOption {
      type = types.either (types.functionTo (types.listOf types.package)) (types.listOf types.package);
      default = _: [ ];
      defaultText = literalExpression "ps: [ ]";
      example = literalExpression "ps: [ ps.black ]";
      description = ''
        Python packages for the Python 3 provider, as a function of the
        Python package set. Hearth accepts but does not install them yet.
      '';
    };

    extraLuaPackages = mkOption {
      type = types.either (types.functionTo (types.listOf types.package)) (types.listOf types.package);
      default = _: [ ];
      defaultText = literalExpression "ps: [ ]";
      example = literalExpression "ps: [ ps.luautf8 ]";
      description = ''
        Lua modules for the configuration, as a function of the Lua
        package set. Hearth accepts but does not install them yet.
      '';
    };

    extraPackages = mkOption {
      type = types.listOf types.package;
      default = [ ];
      example = literalExpression "[ pkgs.ripgrep pkgs.shellcheck ]";
      description = ''
        Programs put at the end of `nvim`'s {env}`PATH` only, for language
        servers, formatters and the like.
      '';
    };

    autowrapRuntimeDeps = mkOption {
      type = types.bool;
      default = true;
      description = ''
        Whether to put the programs the plugins run (their `runtimeDeps`)
        on `nvim`'s {env}`PATH`, as {option}`programs.neovim.extraPackages`.
      '';
    };

    extraWrapperArgs = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [
        "--set"
        "NVIM_APPNAME"
        "nvim-hm"
      ];
      description = "More arguments for `makeWrapper` when `nvim` is wrapped.";
    };

    extraConfig = mkOption {
      type = types.lines;
      default = "";
      example = ''
        set number relativenumber
        set undofile
      '';
      description = ''
        Vimscript, written to its own file in the store which
        {file}`init.lua` sources before {option}`programs.neovim.initLua`.
      '';
    };

    initLua = mkOption {
      type = types.lines;
      default = "";
      example = literalExpression ''
        '''
          vim.opt.shiftwidth = 2
          vim.keymap.set("n", "<leader>w", "<cmd>write<cr>")
        '''
      '';
      description = ''
        Lua for {file}`init.lua`. Other modules add to it too: use
        `lib.mkBefore`, `lib.mkAfter` or `lib.mkOrder` to place a piece.
      '';
    };

    plugins = mkOption {
      type = types.listOf (types.either types.package pluginWithConfigType);
      default = [ ];
      example = literalExpression ''
        with pkgs.vimPlugins; [
          vim-fugitive
          {
            plugin = vim-airline;
            config = "let g:airline_powerline_fonts = 1";
          }
          {
            plugin = ctrlp-vim;
            optional = true;
          }
        ]
      '';
      description = ''
        Plugins on the wrapper's packpath, loaded at startup unless
        optional, each bare or with its configuration. `pkgs.vimPlugins`
        holds the plugins Debian packages, under nixpkgs' names.
      '';
    };

    generatedConfigViml = mkOption {
      type = types.lines;
      readOnly = true;
      visible = false;
      description = "The Vimscript {file}`init.lua` sources: the plugins' Vimscript configs, then extraConfig.";
    };

    generatedConfigs = mkOption {
      type = types.attrsOf types.lines;
      readOnly = true;
      visible = false;
      example = literalExpression ''{ lua = "require('foo').setup()"; viml = "let g:foo = 1"; }'';
      description = "The plugins' configs, joined per language.";
    };

    sideloadInitLua = mkOption {
      type = types.bool;
      default = false;
      description = ''
        Leave {file}`~/.config/nvim/init.lua` alone and have the wrapper
        load the generated Lua instead (with `--cmd luafile`), so that
        file can be managed some other way.
      '';
    };
  };

  config = mkIf cfg.enable (
    lib.mkMerge [
      {
        warnings = map (
          p: "programs.neovim.${p.option}: Hearth's neovim wrapper has no ${p.name} provider host; it is switched off."
        ) missingProviders;

        programs.neovim.finalPackage = wrapped;
        programs.neovim.extraPackages = mkIf cfg.autowrapRuntimeDeps (
          lib.unique (lib.concatMap (p: p.runtimeDeps or [ ]) (packStart ++ optPlugins))
        );
        programs.neovim.generatedConfigViml = vimlContent;
        programs.neovim.generatedConfigs = lib.mapAttrs (_: ps: lib.concatStringsSep "\n" (configsOf ps)) (
          lib.groupBy (p: p.type) pluginsNormalized
        );
        programs.neovim.initLua = lib.mkMerge [
          (lib.mkOrder 100 providerLua)
          (mkIf (vimlContent != "") (
            lib.mkOrder 200 ''
              vim.cmd [[source ${vimlFile}]]
            ''
          ))
          (mkIf ((cfg.generatedConfigs.lua or "") != "") (
            lib.mkAfter (foldedLua "user-associated plugin config" cfg.generatedConfigs.lua)
          ))
        ];

        home.packages = [ cfg.finalPackage ];
        home.sessionVariables = mkIf cfg.defaultEditor { EDITOR = "nvim"; };

        xdg.configFile = lib.mkMerge (
          map (p: p.runtime) pluginsNormalized
          ++ [
            { "nvim/init.lua" = mkIf (!cfg.sideloadInitLua) { text = cfg.initLua; }; }
          ]
        );
      }

      (mkIf cfg.vimdiffAlias {
        programs.bash.shellAliases.vimdiff = "nvim -d";
        programs.zsh.shellAliases.vimdiff = "nvim -d";
        programs.fish.shellAliases.vimdiff = "nvim -d";
      })
    ]
  );
}
