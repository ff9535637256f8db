#!/usr/bin/env bash
# programs.neovim.plugins with pkgs.vimPlugins built from Debian's archive:
# a home with vim-fugitive (a Vim pack link in its package), editorconfig-vim
# (an addon registry entry, with a Vimscript config), tabular (a Lua config)
# and vim-surround (one script of vim-scripts, optional) is switched into a
# sandbox HOME; then the profile's nvim, started from a clean environment:
#   - has fugitive's :Git and editorconfig's :EditorConfigReload, both
#     loaded from the wrapper's Vim package in the store;
#   - ran the plugins' Vimscript and Lua configs from init.lua;
#   - finds their help (editorconfig's tags made at build time);
#   - loads the optional plugin only on :packadd;
# and the profile's vim (programs.vim, plugins given as a package and by
# name) has :Git and :Tabularize from its own Vim package in the store.
# The host's own Vim plugin directories are hidden (the mount namespace is
# private), so only the store's plugins can satisfy nvim. Needs root and
# the Debian archive; skips without them.
# Usage: home_vim_plugins.test.sh /path/to/hearth
set -euo pipefail
hearth="$(realpath "$1")"
src="${HEARTH_SOURCE:-$(cd "$(dirname "$0")/../.." && pwd)}"
. "$src/tests/e2e/lib/debian-home.sh"
debian_home hm-tester "$@"

hide /usr/share/nvim/site /usr/local/share/nvim/site /usr/share/vim/vimfiles /usr/share/vim/addons /var/lib/vim/addons

mkdir -p "$HOME/.config/home-manager"
cat > "$HOME/.config/home-manager/home.nix" << NIX
{ pkgs, ... }: {
  home.username = "hm-tester";
  home.homeDirectory = "$HOME";
  home.stateVersion = "25.11";

  programs.vim = {
    enable = true;
    plugins = [ pkgs.vimPlugins.vim-fugitive "tabular" ];
  };

  programs.neovim = {
    enable = true;
    plugins = with pkgs.vimPlugins; [
      vim-fugitive
      {
        plugin = editorconfig-vim;
        config = "let g:hearth_viml = 'from-viml'";
      }
      {
        plugin = tabular;
        type = "lua";
        config = "vim.g.hearth_lua = 'from-lua'";
      }
      {
        plugin = vim-surround;
        optional = true;
      }
    ];
  };
}
NIX

if ! hm switch > "$tmp/switch.log" 2>&1; then
  tail -n 40 "$tmp/switch.log"
  echo "FAIL: switch"
  exit 1
fi
profile="$HOME/.nix-profile"

# nvim_out EXPR...: what nvim writes for the Lua expressions (each
# tostring()'d, one line each), started as a login would start it.
nvim_out() {
  local args=() e
  for e in "$@"; do args+=(-c "lua io.stdout:write(tostring($e), '\n')"); done
  env -i HOME="$HOME" TERM=dumb PATH="$profile/bin:/usr/bin:/bin" \
    timeout 60 nvim --headless -i NONE "${args[@]}" -c 'qa!' 2> "$tmp/nvim.err" < /dev/null
}
expect() {
  local what="$1" want="$2" got="$3"
  [[ "$got" == "$want" ]] || fail "$what: expected '$want', got '$got' (stderr: $(head -c 400 "$tmp/nvim.err"))"
}

expect ":Git" 2 "$(nvim_out 'vim.fn.exists(":Git")')"
expect ":EditorConfigReload" 2 "$(nvim_out 'vim.fn.exists(":EditorConfigReload")')"
expect ":Tabularize" 2 "$(nvim_out 'vim.fn.exists(":Tabularize")')"
fugitive="$(nvim_out 'vim.api.nvim_get_runtime_file("plugin/fugitive.vim", false)[1]')"
[[ "$fugitive" == /nix/store/*-vim-pack-dir/pack/*/start/vim-fugitive/plugin/fugitive.vim ]] ||
  fail "fugitive is not loaded from the wrapper's Vim package: $fugitive"
expect "the Vimscript config" from-viml "$(nvim_out 'vim.g.hearth_viml')"
expect "the Lua config" from-lua "$(nvim_out 'vim.g.hearth_lua')"
expect "help for :Git" fugitive.txt "$(env -i HOME="$HOME" TERM=dumb PATH="$profile/bin:/usr/bin:/bin" \
  timeout 60 nvim --headless -i NONE -c 'help :Git' -c 'lua io.stdout:write(vim.fn.expand("%:t"))' -c 'qa!' 2> "$tmp/nvim.err" < /dev/null)"
expect "help for :EditorConfigReload" editorconfig.txt "$(env -i HOME="$HOME" TERM=dumb PATH="$profile/bin:/usr/bin:/bin" \
  timeout 60 nvim --headless -i NONE -c 'help :EditorConfigReload' -c 'lua io.stdout:write(vim.fn.expand("%:t"))' -c 'qa!' 2> "$tmp/nvim.err" < /dev/null)"
expect "the optional plugin before :packadd" 0 "$(nvim_out 'vim.fn.exists("g:loaded_surround")')"
expect "the optional plugin after :packadd" 1 "$(env -i HOME="$HOME" TERM=dumb PATH="$profile/bin:/usr/bin:/bin" \
  timeout 60 nvim --headless -i NONE -c 'packadd vim-surround' -c 'lua io.stdout:write(vim.fn.exists("g:loaded_surround"))' -c 'qa!' 2> "$tmp/nvim.err" < /dev/null)"

# vim -es writes nothing to stdout, so the answers go through a file.
env -i HOME="$HOME" TERM=dumb PATH="$profile/bin:/usr/bin:/bin" timeout 60 vim -Nes \
  -c "call writefile([exists(':Git'), exists(':Tabularize'), globpath(&rtp, 'plugin/fugitive.vim')], '$tmp/vim.out')" \
  -c 'qa!' < /dev/null > "$tmp/vim.err" 2>&1 || fail "vim exited $?: $(cat "$tmp/vim.err")"
mapfile -t vim_out < "$tmp/vim.out" || true
expect "vim's :Git" 2 "${vim_out[0]:-}"
expect "vim's :Tabularize" 2 "${vim_out[1]:-}"
[[ "${vim_out[2]:-}" == /nix/store/*-vim-pack-dir/pack/home-manager/start/vim-fugitive/plugin/fugitive.vim ]] ||
  fail "vim's fugitive is not from its Vim package: ${vim_out[2]:-}"

checks_done
