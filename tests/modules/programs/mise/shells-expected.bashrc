

# Commands that should be applied only for interactive shells.
[[ $- == *i* ]] || return

HISTFILESIZE=100000
HISTSIZE=10000

shopt -s histappend
shopt -s extglob
shopt -s globstar
shopt -s checkjobs



if [[ ! -v BASH_COMPLETION_VERSINFO ]]; then
  . "@bash-completion@/etc/profile.d/bash_completion.sh"
fi

eval "$(@mise@/bin/mise activate bash)"
source /nix/store/00000000000000000000000000000000-mise-bash-completion.bash

