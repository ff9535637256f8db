# pkgs.vimPlugins: Debian's Vim plugin packages under the attribute names
# nixpkgs gives the same plugins. Each is a derivation whose root is the
# plugin (plugin/, autoload/, doc/... at $out, links into the package's
# unpacked files; ./vim-plugin.sh), named vimplugin-<pname>-<version> with
# `pname`, and with the plugins its Debian package depends on as
# `dependencies`, as nixpkgs' vimUtils plugins have them, and the programs
# it runs as `runtimeDeps` (Home Manager's neovim puts those on nvim's
# PATH). A plugin nixpkgs has and Debian does not package is an attribute
# that throws saying so.
{
  lib,
  index,
  runCommandLocal,
  # Debian name -> the derivation holding only that package's files.
  unpacked,
  # The package set, for the packages of runtimeDeps.
  pkgs,
}:
let
  # nixpkgs name -> Debian package, or { package; pack; } for one plugin of
  # a package holding several (the name of its pack link).
  fromDebian = {
    ale = "vim-ale";
    command-t = "vim-command-t";
    ctrlp-vim = "vim-ctrlp";
    editorconfig-vim = "vim-editorconfig";
    jedi-vim = "vim-python-jedi";
    julia-vim = "vim-julia";
    syntastic = "vim-syntastic";
    tabular = "vim-tabular";
    tlib_vim = "vim-tlib";
    ultisnips = "vim-ultisnips";
    vader-vim = "vim-vader";
    vim-addon-mw-utils = "vim-addon-mw-utils";
    vim-airline = "vim-airline";
    vim-airline-themes = "vim-airline-themes";
    vim-colors-solarized = "vim-solarized";
    vim-fugitive = "vim-fugitive";
    vim-gitgutter = "vim-gitgutter";
    vim-lastplace = "vim-lastplace";
    vim-ledger = "vim-ledger";
    vim-pathogen = "vim-pathogen";
    vim-puppet = "vim-puppet";
    vim-rails = "vim-rails";
    vim-snipmate = "vim-snipmate";
    vim-snippets = "vim-snippets";
    vim-textobj-user = "vim-textobj-user";
    YouCompleteMe = "vim-youcompleteme";
  }
  # Debian's vim-scripts bundles old vim.org scripts, each an optional pack.
  // lib.mapAttrs (_: pack: { package = "vim-scripts"; inherit pack; }) {
    a-vim = "alternateFile";
    align = "AlignPlugin";
    bufexplorer = "bufexplorer";
    Colour-Sampler-Pack = "color_sampler_pack";
    DoxygenToolkit-vim = "doxygen-toolkit";
    mattn-calendar-vim = "calendar";
    nerdcommenter = "nerd-commenter";
    securemodelines = "secure-modelines";
    supertab = "supertab";
    taglist-vim = "taglist";
    utl-vim = "utl";
    vim-gnupg = "gnupg";
    vim-surround = "surround";
  };

  # Programs a plugin's Debian package depends on and runs (Debian 12's
  # editorconfig-vim needs the EditorConfig core, and does not load
  # without it).
  runtimePrograms = {
    editorconfig-vim = [ "editorconfig" ];
  };

  # Well-known nixpkgs plugins Debian 12 does not package.
  notInDebian = [
    "auto-pairs"
    "catppuccin-nvim"
    "catppuccin-vim"
    "coc-nvim"
    "cmp-buffer"
    "cmp-nvim-lsp"
    "cmp-path"
    "comment-nvim"
    "conform-nvim"
    "copilot-vim"
    "dracula-vim"
    "emmet-vim"
    "everforest"
    "fzf-lua"
    "fzf-vim"
    "gitsigns-nvim"
    "goyo-vim"
    "gruvbox"
    "gruvbox-nvim"
    "indent-blankline-nvim"
    "kanagawa-nvim"
    "lazy-nvim"
    "lightline-vim"
    "lualine-nvim"
    "luasnip"
    "mini-nvim"
    "neo-tree-nvim"
    "nerdtree"
    "nord-vim"
    "nvim-autopairs"
    "nvim-cmp"
    "nvim-lint"
    "nvim-lspconfig"
    "nvim-tree-lua"
    "nvim-treesitter"
    "nvim-web-devicons"
    "onedark-nvim"
    "onedark-vim"
    "papercolor-theme"
    "plenary-nvim"
    "rose-pine"
    "rust-vim"
    "tagbar"
    "telescope-nvim"
    "tokyonight-nvim"
    "trouble-nvim"
    "undotree"
    "unicode-vim"
    "vim-abolish"
    "vim-commentary"
    "vim-devicons"
    "vim-dispatch"
    "vim-easy-align"
    "vim-easymotion"
    "vim-endwise"
    "vim-eunuch"
    "vim-go"
    "vim-markdown"
    "vim-multiple-cursors"
    "vim-nix"
    "vim-obsession"
    "vim-plug"
    "vim-polyglot"
    "vim-repeat"
    "vim-rhubarb"
    "vim-sensible"
    "vim-signify"
    "vim-sleuth"
    "vim-startify"
    "vim-tmux-navigator"
    "vim-unimpaired"
    "vim-vinegar"
    "vim-visual-multi"
    "vimtex"
    "vimwiki"
    "which-key-nvim"
    "yankring"
  ];

  where = spec: if builtins.isString spec then { package = spec; pack = ""; } else spec;

  # A whole Debian package that is a plugin -> its nixpkgs name, for
  # `dependencies` (vim-snipmate depends on vim-tlib and vim-addon-mw-utils).
  byPackage = lib.mapAttrs' (name: spec: lib.nameValuePair spec name) (
    lib.filterAttrs (_: builtins.isString) fromDebian
  );

  # Store names allow [A-Za-z0-9+-._?=]; Debian versions also have ':' and '~'.
  safe = builtins.replaceStrings [ ":" "~" ] [ "_" "_" ];

  plugin =
    pname: spec:
    let
      inherit (where spec) package pack;
      e = index.entry package;
      version = safe e.version;
    in
    if !(index.names ? ${package}) then
      throw "pkgs.vimPlugins.${pname}: the Debian package ${package}, which has this plugin, is not in this machine's apt sources."
    else
      runCommandLocal "vimplugin-${pname}-${version}" {
        inherit pname version pack;
        src = unpacked package;
        debName = package;
        passthru = {
          vimPlugin = true;
          dependencies = map (d: plugins.${byPackage.${d}}) (
            builtins.filter (d: byPackage ? ${d}) (e.depends or [ ])
          );
          runtimeDeps = map (d: pkgs.${d}) (runtimePrograms.${pname} or [ ]);
          debian = {
            inherit package pack;
            inherit (e) version;
          };
        };
        meta = {
          description = "Vim plugin ${pname}, from Debian's ${package} ${e.version}";
          platforms = lib.platforms.all;
        };
      } (builtins.readFile ./vim-plugin.sh);

  missing =
    name:
    throw "pkgs.vimPlugins.${name}: Debian 12 does not package the Vim plugin ${name}, and Hearth's vimPlugins are built from Debian's packages (docs/debian-packages.md lists them).";

  plugins =
    lib.genAttrs notInDebian missing // lib.mapAttrs plugin fromDebian;
in
plugins
