function fish_user_key_bindings
  bind  -e  --preset  alt-s
bind --preset alt-s 'fish_commandline_prepend sudo'
bind --mode insert ctrl-c kill-whole-line repaint
bind ctrl-d exit
bind ctrl-g 'git diff' repaint
bind -s --sets-mode insert ctrl-r history-search repaint
bind --mode something-non-default f exit
bind --mode visual ctrl-d exit
end
