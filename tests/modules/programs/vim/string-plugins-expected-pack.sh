mkdir -p $out/pack/home-manager/start
ln -s @vimplugin-vim-fugitive@ $out/pack/home-manager/start/vimplugin-vim-fugitive
ln -s @vimplugin-vim-sensible@ $out/pack/home-manager/start/vimplugin-vim-sensible

