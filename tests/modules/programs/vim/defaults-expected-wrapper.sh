mkdir -p $out/bin
# Debian's vim looks for its runtime files under /usr/share/vim;
# Hearth's Debian packages keep them in their own root.
set --
for runtime in @vim-full@/libexec/hearth/root/usr/share/vim/vim[0-9]*; do
  if [ -d "$runtime" ]; then set -- --set-default VIMRUNTIME "$runtime"; fi
done
# Debian ships vim.basic, vim.nox... and makes `vim` an alternative.
exe=@vim-full@/bin/vim
if [ ! -x "$exe" ]; then
  for exe in @vim-full@/bin/vim.*; do break; done
fi
makeWrapper "$exe" $out/bin/vim "$@" --add-flags "-u /nix/store/00000000000000000000000000000000-vimrc"
