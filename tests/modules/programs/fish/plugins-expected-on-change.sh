@fish@/bin/fish -c '
set -l plugin_dir /nix/store/00000000000000000000000000000000-fooPluginSrc
# https://github.com/fish-shell/fish-shell/issues/9456
set -l dest_dir $__fish_config_dir/themes

  if test -d $plugin_dir/themes
    mkdir -p $dest_dir
    for f in $plugin_dir/themes/*.theme
      ln -sf $f $dest_dir/(basename $f)
    end
  end
'
