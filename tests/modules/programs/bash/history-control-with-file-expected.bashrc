

# Commands that should be applied only for interactive shells.
[[ $- == *i* ]] || return

HISTCONTROL=erasedups:ignorespace
HISTFILE="/home/hm-user/foo/bash/history"
HISTFILESIZE=100000
HISTIGNORE=ls:cd:exit
mkdir -p "$(dirname "$HISTFILE")"

shopt -s histappend
shopt -s extglob
shopt -s globstar
shopt -s checkjobs




