# first
typeset -U path cdpath fpath manpath
cdpath+=("$HOME/src" "/srv/my \"dir\"")

for profile in ${(z)NIX_PROFILES}; do
  fpath+=($profile/share/zsh/site-functions $profile/share/zsh/$ZSH_VERSION/functions $profile/share/zsh/vendor-completions)
done

HELPDIR="@zsh@/share/zsh/$ZSH_VERSION/help"

# Use viins keymap as the default.
bindkey -v

POWERLEVEL9K_LEFT_PROMPT_ELEMENTS=(
  dir vcs
)
ZLE_RPROMPT_INDENT="0"
# before compinit
autoload -U compinit && compinit
source @zsh-autosuggestions@/share/zsh-autosuggestions/zsh-autosuggestions.zsh
ZSH_AUTOSUGGEST_STRATEGY=(history completion)
ZSH_AUTOSUGGEST_HIGHLIGHT_STYLE="fg=#ff00ff,bg=cyan,bold,underline"


# History options should be set in .zshrc and after oh-my-zsh sourcing.
# See https://github.com/nix-community/home-manager/issues/177.
HISTSIZE="50000"
SAVEHIST="50000"
HISTORY_IGNORE='(rm *|pkill *)'
HISTFILE="/home/hm-user/.local/share/zsh/history"
mkdir -p "$(dirname "$HISTFILE")"

# Set shell options
set_opts=(
  HIST_FCNTL_LOCK EXTENDED_HISTORY HIST_IGNORE_DUPS HIST_IGNORE_SPACE autocd
  NO_APPEND_HISTORY NO_HIST_EXPIRE_DUPS_FIRST NO_HIST_FIND_NO_DUPS
  NO_HIST_IGNORE_ALL_DUPS NO_HIST_SAVE_NO_DUPS NO_SHARE_HISTORY AUTO_LIST
  AUTO_PARAM_SLASH AUTO_PUSHD ALWAYS_TO_END INTERACTIVE_COMMENTS NO_BEEP
)
for opt in "${set_opts[@]}"; do
  setopt "$opt"
done
unset opt set_opts

# general
# deprecated initExtra
alias -- ..='cd ..'
alias -- g=git
alias -- ll='ls -l'
alias -g -- G='| grep'
# Named Directory Hashes
hash -d docs="$HOME/Documents"

source @zsh-syntax-highlighting@/share/zsh-syntax-highlighting/zsh-syntax-highlighting.zsh
ZSH_HIGHLIGHT_HIGHLIGHTERS=(main brackets)
ZSH_HIGHLIGHT_STYLES[comment]='fg=black,bold'
ZSH_HIGHLIGHT_PATTERNS+=('rm -rf *' 'fg=white,bold,bg=red')

# last