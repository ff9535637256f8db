vim.g.loaded_node_provider=0;vim.g.loaded_perl_provider=0;vim.g.loaded_ruby_provider=0;vim.g.python3_host_prog='/nix/store/00000000000000000000000000000000-nvim-host-python3/bin/nvim-python3'
vim.cmd [[source /nix/store/00000000000000000000000000000000-nvim-init-home-manager.vim]]

-- user-associated plugin config {{{
function HM_PLUGIN_LUA_CONFIG ()
end

-- }}}
