mkdir -p $out/pack/home-manager/start
ln -s @vimplugin-vim-surround@ $out/pack/home-manager/start/vim-surround
ln -s @vimplugin-vim-repeat@ $out/pack/home-manager/start/vim-repeat
ln -s @vimplugin-vim-nix@ $out/pack/home-manager/start/vim-nix

