mkdir -p $out/bin
# Debian's nvim looks for its runtime files under /usr/share/nvim;
# Hearth's Debian packages keep them in their own root.
runtime=@neovim-unwrapped@/libexec/hearth/root/usr/share/nvim/runtime
if [ -d "$runtime" ]; then set -- --set-default VIMRUNTIME "$runtime"; else set --; fi
makeWrapper @neovim-unwrapped@/bin/nvim $out/bin/nvim "$@" --add-flags '--cmd "set packpath^=/nix/store/00000000000000000000000000000000-vim-pack-dir"' --add-flags '--cmd "set rtp^=/nix/store/00000000000000000000000000000000-vim-pack-dir"' --suffix PATH : @ripgrep@/bin:@editorconfig@/bin


