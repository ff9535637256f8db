vim.g.loaded_node_provider=0;vim.g.loaded_perl_provider=0;vim.g.loaded_python3_provider=0;vim.g.loaded_ruby_provider=0
vim.cmd [[source /nix/store/00000000000000000000000000000000-nvim-init-home-manager.vim]]

vim.g.mapleader = ","

vim.opt.number = true
