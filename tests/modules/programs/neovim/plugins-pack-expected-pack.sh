mkdir -p $out/pack/myNeovimPackages/start $out/pack/myNeovimPackages/opt
ln -s @vimplugin-vim-nix@ $out/pack/myNeovimPackages/start/vim-nix
ln -s @vimplugin-vim-repeat@ $out/pack/myNeovimPackages/start/vim-repeat
ln -s @vimplugin-vim-surround@ $out/pack/myNeovimPackages/opt/vim-surround
ln -s @vimplugin-vim-commentary@ $out/pack/myNeovimPackages/opt/vim-commentary
