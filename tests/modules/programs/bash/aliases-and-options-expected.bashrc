export FROM_BASHRC=1


# Commands that should be applied only for interactive shells.
[[ $- == *i* ]] || return

HISTFILESIZE=100000
HISTSIZE=10000

shopt -s extglob
shopt -u cdspell

alias -- ..='cd ..'
alias -- g=git
alias -- ll='ls -l'
alias -- say='echo '\''hi'\'''

if [[ ! -v BASH_COMPLETION_VERSINFO ]]; then
  . "@bash-completion@/etc/profile.d/bash_completion.sh"
fi

set -o vi

