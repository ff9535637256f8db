mkdir -p $out/bin
makeWrapper @neovim-unwrapped@/bin/nvim $out/bin/nvim --suffix PATH : @ripgrep@/bin:@fzf@/bin --set NVIM_APPNAME nvim-hearth
ln -s nvim $out/bin/vi
ln -s nvim $out/bin/vim
