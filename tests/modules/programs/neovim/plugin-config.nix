# The configuration of Home Manager's neovim test plugin-config.nix: a bare
# plugin, one with a Vimscript config, the first again with a Lua config,
# and extraConfig. The Vimscript configs come before extraConfig in the
# file init.lua sources; the Lua config ends init.lua in a folded block
# (HM's foldedLuaBlock "user-associated plugin config"); both plugins are
# on the wrapper's packpath once each.
{ config, ... }:
let
  plugins = import ./plugin-stubs.nix;
in
{
  programs.neovim = {
    enable = true;
    extraConfig = ''
      let g:hmExtraConfig='HM_EXTRA_CONFIG'
    '';
    plugins = [
      plugins.vim-nix
      {
        plugin = plugins.vim-commentary;
        config = ''
          let g:hmPlugins='HM_PLUGINS_CONFIG'
        '';
      }
      {
        plugin = plugins.vim-nix;
        type = "lua";
        config = ''
          function HM_PLUGIN_LUA_CONFIG ()
          end
        '';
      }
    ];
  };

  home.file.viml.text = config.programs.neovim.generatedConfigViml;
  home.file.generated.text = builtins.toJSON config.programs.neovim.generatedConfigs + "\n";
  home.file.wrapper.text = config.programs.neovim.finalPackage.buildCommand;
  home.file.pack.text = config.programs.neovim.finalPackage.packDir.buildCommand;

  test.expected = {
    "home-files/.config/nvim/init.lua" = ./plugin-config-expected.lua;
    "home-files/viml" = ./plugin-config-expected.vim;
    "home-files/generated" = ./plugin-config-expected-generated.json;
    "home-files/wrapper" = ./plugin-config-expected-wrapper.sh;
    "home-files/pack" = ./plugin-config-expected-pack.sh;
  };
}
