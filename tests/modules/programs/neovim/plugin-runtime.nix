# The configuration of Home Manager's neovim test runtime.nix (without its
# Python and Lua packages, which Hearth accepts but does not install): a
# plugin's `runtime` files land in ~/.config/nvim beside init.lua.
{ lib, ... }:
let
  plugins = import ./plugin-stubs.nix;
in
{
  programs.neovim = lib.mkMerge [
    {
      enable = true;
      plugins = [
        plugins.vim-nix
        {
          plugin = plugins.vim-commentary;
          runtime = {
            "after/ftplugin/c.vim".text = ''
              " plugin-specific config
              setlocal commentstring=//\ %s
              setlocal comments=://
            '';
          };
        }
      ];
      extraWrapperArgs = [
        "--suffix"
        "LIBRARY_PATH"
        ":"
        "/usr/lib"
      ];
    }
  ];

  test.expected."home-files/.config/nvim/after/ftplugin/c.vim" = ./plugin-runtime-expected-c.vim;
}
