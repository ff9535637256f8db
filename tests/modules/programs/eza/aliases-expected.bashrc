

# Commands that should be applied only for interactive shells.
[[ $- == *i* ]] || return

HISTFILESIZE=100000
HISTSIZE=10000

shopt -s histappend
shopt -s extglob
shopt -s globstar
shopt -s checkjobs

alias -- eza='eza --icons auto --color always --git --group-directories-first --header'
alias -- la='eza -a'
alias -- ll='eza -l'
alias -- lla='eza -la'
alias -- ls=eza
alias -- lt='eza --tree'

if [[ ! -v BASH_COMPLETION_VERSINFO ]]; then
  . "@bash-completion@/etc/profile.d/bash_completion.sh"
fi

