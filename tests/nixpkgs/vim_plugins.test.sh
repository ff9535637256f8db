#!/usr/bin/env bash
# pkgs.vimPlugins beyond the evaluation cases (cases/vim-plugins.nix):
#  1. the messages for a plugin Debian lacks and for one whose package the
#     apt sources lack, under Nix 2.8 and Hearth, over the fixed index of
#     fixtures/vim-index;
#  2. real plugins built by Hearth from the machine's apt sources into a
#     throwaway store: a pack-link plugin (vim-fugitive), a registry one
#     with help tags made at build time (editorconfig-vim), one plugin of
#     vim-scripts (vim-surround) and one with dependencies (vim-snipmate):
#     their files at the root, every link resolving inside the store, and
#     the tags Vim's own :helptags writes when the host has a vim. Skips
#     this part without the Debian archive.
# Usage: vim_plugins.test.sh /path/to/hearth
set -uo pipefail
H=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
nixpkgs=$(cd "$here/../../share/hearth/nixpkgs" && pwd)

T=$(mktemp -d)
trap 'chmod -R u+w "$T" 2>/dev/null; rm -rf "$T"' EXIT
failed=0
fail() {
  echo "FAIL $*"
  failed=$((failed + 1))
}

# 1. Messages -------------------------------------------------------------
expect_error() {
  local eval="$1" attr="$2" want="$3"
  if NIX_REMOTE=dummy:// $eval --eval -E \
    "(import $nixpkgs { config.debian.index = \"$here/fixtures/vim-index\"; overlays = [ ]; }).vimPlugins.$attr.outPath" \
    > /dev/null 2> "$T/err"; then
    fail "$eval: vimPlugins.$attr evaluated"
  elif grep -qF -- "$want" "$T/err"; then
    echo "ok   ${eval%% *}: vimPlugins.$attr"
  else
    fail "$eval: vimPlugins.$attr: message lacks: $want"
    sed 's/^/    /' "$T/err"
  fi
}
for eval in nix-instantiate "$H instantiate"; do
  expect_error "$eval" vim-nix \
    "pkgs.vimPlugins.vim-nix: Debian 12 does not package the Vim plugin vim-nix, and Hearth's vimPlugins are built from Debian's packages (docs/debian-packages.md lists them)."
  expect_error "$eval" ultisnips \
    "pkgs.vimPlugins.ultisnips: the Debian package vim-ultisnips, which has this plugin, is not in this machine's apt sources."
done

# 2. Real builds ------------------------------------------------------------
. "$here/../e2e/lib/debian-archive.sh"
(skip_without_debian_archive > "$T/skip")
if [ -s "$T/skip" ]; then
  cat "$T/skip"
  echo "$failed failed"
  [ "$failed" = 0 ]
  exit
fi

# The index evaluation uses by default (written when apt's lists change).
index=$("$H" lock index) || fail "hearth lock index"
cat > "$T/plugins.nix" << EOF
let vp = (import $nixpkgs { config.debian.index = "$index"; overlays = [ ]; }).vimPlugins;
in {
  inherit (vp) vim-fugitive editorconfig-vim vim-surround vim-snipmate;
  # What the wrappers link beside it.
  snipmate0 = builtins.elemAt vp.vim-snipmate.dependencies 0;
  snipmate1 = builtins.elemAt vp.vim-snipmate.dependencies 1;
}
EOF
if ! "$H" build "$T/plugins.nix" --store "$T/root" --no-out-link > "$T/built" 2> "$T/build.log"; then
  fail "building the plugins"
  tail -n 20 "$T/build.log"
fi
path_of() {
  local p
  p=$(grep -- "-vimplugin-$1-" "$T/built" | head -1)
  [ -n "$p" ] && echo "$T/root$p"
}

check_files() {
  local name="$1" dir
  shift
  dir=$(path_of "$name")
  if [ -z "$dir" ] || [ ! -d "$dir" ]; then
    fail "$name: not built"
    return
  fi
  for f in "$@"; do
    [ -f "$dir/$f" ] || fail "$name: no $f at the plugin's root"
  done
  local broken
  broken=$(cd "$dir" && find . -xtype l)
  [ -z "$broken" ] || fail "$name: links that do not resolve: $broken"
  echo "ok   build/$name"
}
check_files vim-fugitive plugin/fugitive.vim autoload/fugitive.vim doc/fugitive.txt doc/tags
check_files editorconfig-vim plugin/editorconfig.vim autoload/editorconfig.vim doc/editorconfig.txt doc/tags
check_files vim-surround plugin/surround.vim doc/surround.txt
check_files vim-snipmate plugin/snipMate.vim
check_files vim-addon-mw-utils autoload/funcref.vim
check_files tlib_vim plugin/02tlib.vim

# Debian ships no tags for editorconfig-vim (its addon manager makes them):
# the build's must be the ones Vim writes.
tags=$(path_of editorconfig-vim)/doc/tags
grep -qxF "$(printf ':EditorConfigReload\teditorconfig.txt\t/*:EditorConfigReload*')" "$tags" ||
  fail "editorconfig-vim: doc/tags lacks :EditorConfigReload"
if command -v vim > /dev/null; then
  mkdir -p "$T/vimdoc/doc"
  cp -L "$(path_of editorconfig-vim)"/doc/*.txt "$T/vimdoc/doc/"
  vim -u NONE -N -es -c "helptags $T/vimdoc/doc" -c q < /dev/null > /dev/null 2>&1
  if cmp -s "$T/vimdoc/doc/tags" "$tags"; then
    echo "ok   tags as Vim's :helptags writes them"
  else
    fail "editorconfig-vim: doc/tags differs from Vim's"
    diff "$T/vimdoc/doc/tags" "$tags" | head -n 10
  fi
else
  echo "note: no vim on this machine; tags not compared with Vim's"
fi

echo "$failed failed"
[ "$failed" = 0 ]
