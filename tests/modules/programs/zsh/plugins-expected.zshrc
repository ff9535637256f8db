typeset -U path cdpath fpath manpath
for profile in ${(z)NIX_PROFILES}; do
  fpath+=($profile/share/zsh/site-functions $profile/share/zsh/$ZSH_VERSION/functions $profile/share/zsh/vendor-completions)
done

HELPDIR="@zsh@/share/zsh/$ZSH_VERSION/help"

# Add plugin directories to PATH and fpath
plugin_dirs=(
  fzf-tab wd
)
for plugin_dir in "${plugin_dirs[@]}"; do
  path+="/home/hm-user/.zsh/plugins/$plugin_dir"
  fpath+="/home/hm-user/.zsh/plugins/$plugin_dir"
  for plugin_fpath_dir in \
    "$plugin_dir/share/zsh/plugins/$plugin_dir" \
    "$plugin_dir/share/zsh/site-functions" \
    "$plugin_dir/share/zsh/vendor-completions"; do
    [[ -d "/home/hm-user/.zsh/plugins/$plugin_fpath_dir" ]] && fpath+="/home/hm-user/.zsh/plugins/$plugin_fpath_dir"
  done
done
unset plugin_dir plugin_dirs plugin_fpath_dir
# Add additional function paths to fpath
function_paths=(
  wd/share/zsh/site-functions
)
for function_path in "${function_paths[@]}"; do
  fpath+="/home/hm-user/.zsh/plugins/$function_path"
done
unset function_path function_paths


autoload -U compinit && compinit
# Source plugins
plugins=(
  fzf-tab/fzf-tab.plugin.zsh wd/share/wd/wd.plugin.zsh
)
for plugin in "${plugins[@]}"; do
  [[ -f "/home/hm-user/.zsh/plugins/$plugin" ]] && source "/home/hm-user/.zsh/plugins/$plugin"
done
unset plugin plugins

# History options should be set in .zshrc and after oh-my-zsh sourcing.
# See https://github.com/nix-community/home-manager/issues/177.
HISTSIZE="10000"
SAVEHIST="10000"

HISTFILE="/home/hm-user/.zsh_history"
mkdir -p "$(dirname "$HISTFILE")"

# Set shell options
set_opts=(
  HIST_FCNTL_LOCK HIST_IGNORE_DUPS HIST_IGNORE_SPACE SHARE_HISTORY
  NO_APPEND_HISTORY NO_EXTENDED_HISTORY NO_HIST_EXPIRE_DUPS_FIRST
  NO_HIST_FIND_NO_DUPS NO_HIST_IGNORE_ALL_DUPS NO_HIST_SAVE_NO_DUPS
)
for opt in "${set_opts[@]}"; do
  setopt "$opt"
done
unset opt set_opts
