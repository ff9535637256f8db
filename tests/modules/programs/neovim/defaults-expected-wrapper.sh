mkdir -p $out/bin
makeWrapper @neovim-unwrapped@/bin/nvim $out/bin/nvim 


