# Where plugins go in the wrapper's Vim package, as nixpkgs' packDir puts
# them: start/ for plugins loaded at startup and everything they depend
# on, opt/ for optional ones (the plugins those need are still in start/
# unless optional themselves), each once; Lua configs of several plugins
# joined in one block; a Vimscript config with no extraConfig.
{ config, ... }:
let
  plugins = import ./plugin-stubs.nix;
in
{
  programs.neovim = {
    enable = true;
    plugins = [
      plugins.vim-nix
      {
        plugin = plugins.vim-surround;
        optional = true;
        type = "lua";
        config = ''
          vim.g.surround_no_mappings = 1
        '';
      }
      {
        plugin = plugins.vim-commentary;
        optional = true;
        config = "let g:commentary = 1";
      }
      {
        plugin = plugins.vim-nix;
        type = "lua";
        config = "vim.g.nix_recommended_style = 0";
      }
    ];
  };

  home.file.pack.text = config.programs.neovim.finalPackage.packDir.buildCommand;
  home.file.viml.text = config.programs.neovim.generatedConfigViml;

  test.expected = {
    "home-files/.config/nvim/init.lua" = ./plugins-pack-expected.lua;
    "home-files/viml" = ./plugins-pack-expected.vim;
    "home-files/pack" = ./plugins-pack-expected-pack.sh;
  };
}
