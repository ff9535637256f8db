mkdir -p $out/bin
makeWrapper @neovim-unwrapped@/bin/nvim $out/bin/nvim --add-flags '--cmd '\''luafile /nix/store/00000000000000000000000000000000-init.lua'\'''


