set packpath^=/nix/store/00000000000000000000000000000000-vim-pack-dir
set runtimepath^=/nix/store/00000000000000000000000000000000-vim-pack-dir
set background=light
set nomodeline
set mouse=a
set number
set shiftwidth=2
set tabstop=8
set undodir=~/.cache/vim/undo,/tmp

syntax on
nnoremap <Space> :

