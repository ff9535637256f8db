# programs.vim: a `vim` wrapped to start with a generated vimrc (typed
# settings, then extraConfig) and the plugins on its packpath, plus EDITOR.
# Like Home Manager it writes no ~/.vimrc. Home Manager builds the wrapper
# with nixpkgs' vim `customize`; Hearth's is its own makeWrapper over
# Debian's vim, so the vimrc's preamble (packpath lines) is Hearth's.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib)
    literalExpression
    mkOption
    types
    ;

  cfg = config.programs.vim;

  vimPlugins = pkgs.vimPlugins or { };

  # Hearth's vimPlugins has the names of plugins Debian lacks too, as
  # attributes that throw saying so.
  hasPlugin = name: vimPlugins ? ${name} && (builtins.tryEval vimPlugins.${name}).success;

  # tpope's vim-sensible, when the package set has it (Debian does not).
  defaultPlugins = lib.optional (hasPlugin "vim-sensible") vimPlugins.vim-sensible;

  # The settings Home Manager types, each with the type its value takes.
  knownSettings = {
    background = types.enum [
      "dark"
      "light"
    ];
    backupdir = types.listOf types.str;
    copyindent = types.bool;
    directory = types.listOf types.str;
    expandtab = types.bool;
    hidden = types.bool;
    history = types.int;
    ignorecase = types.bool;
    modeline = types.bool;
    mouse = types.enum [
      "n"
      "v"
      "i"
      "c"
      "h"
      "a"
      "r"
    ];
    mousefocus = types.bool;
    mousehide = types.bool;
    mousemodel = types.enum [
      "extend"
      "popup"
      "popup_setpos"
    ];
    number = types.bool;
    relativenumber = types.bool;
    shiftwidth = types.int;
    smartcase = types.bool;
    tabstop = types.int;
    undodir = types.listOf types.str;
    undofile = types.bool;
  };

  settingsType = types.submodule {
    options = lib.mapAttrs (
      name: type:
      mkOption {
        type = types.nullOr type;
        default = null;
        visible = false;
        description = "Vim's `${name}` option; `null` leaves it out of the vimrc.";
      }
    ) knownSettings;
  };

  # `set name`/`set noname` for flags, `set name=value` otherwise, lists
  # joined by commas as Vim's list options are.
  setLine =
    name: value:
    lib.optionalString (value != null) (
      "set "
      + (
        if builtins.isBool value then
          (if value then "" else "no") + name
        else
          "${name}=${if builtins.isList value then lib.concatStringsSep "," value else toString value}"
      )
    );

  customRC = ''
    ${lib.concatStringsSep "\n" (
      lib.remove "" (lib.mapAttrsToList setLine (builtins.intersectAttrs knownSettings cfg.settings))
    )}

    ${cfg.extraConfig}
  '';

  plugins = lib.concatMap (
    p:
    if lib.isDerivation p then
      [ p ]
    else
      lib.optional (builtins.isString p && vimPlugins ? ${p}) vimPlugins.${p}
  ) cfg.plugins;

  # Each plugin with what it depends on, itself first, as vimUtils' packDir
  # walks them.
  withDependencies = p: [ p ] ++ lib.unique (lib.concatMap withDependencies (p.dependencies or [ ]));

  # One package directory with every plugin under start/, so Vim loads
  # them all at startup.
  packDir = pkgs.runCommand "vim-pack-dir" { } ''
    mkdir -p $out/pack/home-manager/start
    ${lib.concatMapStrings (p: ''
      ln -s ${p} $out/pack/home-manager/start/${lib.getName p}
    '') (lib.unique (lib.concatMap withDependencies plugins))}
  '';

  vimrc = pkgs.writeText "vimrc" (
    lib.optionalString (plugins != [ ]) ''
      set packpath^=${packDir}
      set runtimepath^=${packDir}
    ''
    + customRC
  );

  wrapped =
    pkgs.runCommand "vim"
      {
        nativeBuildInputs = [ pkgs.makeWrapper ];
        passthru = { inherit vimrc packDir; };
      }
      ''
    mkdir -p $out/bin
    # Debian's vim looks for its runtime files under /usr/share/vim;
    # Hearth's Debian packages keep them in their own root.
    set --
    for runtime in ${cfg.packageConfigurable.root or "${cfg.packageConfigurable}/libexec/hearth/root"}/usr/share/vim/vim[0-9]*; do
      if [ -d "$runtime" ]; then set -- --set-default VIMRUNTIME "$runtime"; fi
    done
    # Debian ships vim.basic, vim.nox... and makes `vim` an alternative.
    exe=${cfg.packageConfigurable}/bin/vim
    if [ ! -x "$exe" ]; then
      for exe in ${cfg.packageConfigurable}/bin/vim.*; do break; done
    fi
    makeWrapper "$exe" $out/bin/vim "$@" --add-flags "-u ${vimrc}"
  '';
in
{
  options.programs.vim = {
    enable = lib.mkEnableOption "Vim";

    plugins = mkOption {
      type = types.listOf (types.either types.str types.package);
      default = defaultPlugins;
      example = literalExpression "[ pkgs.vimPlugins.vim-surround ]";
      description = ''
        Plugins loaded at startup. Names given as strings are looked up
        in `pkgs.vimPlugins`, which is deprecated: give the packages.
      '';
    };

    settings = mkOption {
      type = settingsType;
      default = { };
      example = literalExpression ''
        {
          number = true;
          tabstop = 4;
          undodir = [ "~/.cache/vim/undo" ];
        }
      '';
      description = ''
        Vim options written as `set` lines at the top of the vimrc. Only
        these names are typed: ${lib.concatMapStringsSep ", " (n: "`${n}`") (builtins.attrNames knownSettings)};
        anything else goes into {option}`programs.vim.extraConfig`.
      '';
    };

    extraConfig = mkOption {
      type = types.lines;
      default = "";
      example = ''
        syntax on
        nnoremap <Space> :
      '';
      description = "Vimscript appended to the vimrc after the settings.";
    };

    package = mkOption {
      type = types.package;
      readOnly = true;
      description = "The wrapped `vim` that gets installed.";
    };

    packageConfigurable = mkOption {
      type = types.package;
      default = pkgs.vim-full or pkgs.vim_configurable;
      defaultText = literalExpression "pkgs.vim-full";
      example = literalExpression "pkgs.vim";
      description = "The Vim that the wrapper starts.";
    };

    defaultEditor = mkOption {
      type = types.bool;
      default = false;
      description = "Make `vim` the editor other programs start, through {env}`EDITOR`.";
    };
  };

  config = lib.mkIf cfg.enable {
    assertions =
      let
        missing = builtins.filter (p: builtins.isString p && !(vimPlugins ? ${p})) cfg.plugins;
      in
      [
        {
          assertion = missing == [ ];
          message = "Following VIM plugin not found in pkgs.vimPlugins: ${
            lib.concatMapStringsSep ", " (p: ''"${p}"'') missing
          }";
        }
      ];

    warnings =
      let
        named = builtins.filter builtins.isString cfg.plugins;
      in
      lib.optional (named != [ ]) ''
        Specifying VIM plugins using strings is deprecated, found ${
          lib.concatMapStringsSep ", " (p: ''"${p}"'') named
        } as strings.
      '';

    home.packages = [ cfg.package ];
    home.sessionVariables = lib.mkIf cfg.defaultEditor { EDITOR = "vim"; };

    programs.vim = {
      package = wrapped;
      # Added to whatever the user lists, as Home Manager does.
      plugins = defaultPlugins;
    };
  };
}
