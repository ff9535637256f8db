mkdir -p $out/pack/myNeovimPackages/start $out/pack/myNeovimPackages/opt
ln -s @vimplugin-vim-nix@ $out/pack/myNeovimPackages/start/vim-nix
ln -s @vimplugin-vim-commentary@ $out/pack/myNeovimPackages/start/vim-commentary
