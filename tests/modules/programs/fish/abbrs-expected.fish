# ~/.config/fish/config.fish: DO NOT EDIT -- this file has been generated
# automatically by home-manager.

# Only execute this file once per shell.
set -q __fish_home_manager_config_sourced; and exit
set -g __fish_home_manager_config_sourced 1

source /nix/store/00000000000000000000000000000000-hm-session-vars.fish/etc/profile.d/hm-session-vars.fish

# Source handler functions




status is-login; and begin

  # Login shell initialisation
  

end

status is-interactive; and begin

  # Abbreviations
  abbr --add --function last_history_item --position anywhere -- !!
abbr --add --position anywhere -- -C --color
abbr --add '--set-cursor=!' -- 4DIRS 'for dir in */
  cd $dir
  !
  cd ..
end
'
abbr --add --position anywhere --set-cursor -- L '% | less'
abbr --add --command git -- co checkout
abbr --add --function multicd --regex '^\.\.+$' -- dotdot
abbr --add  -- gco 'git checkout'
abbr --add  -- l less
abbr --add --function vim_edit --position command --regex '.+\.txt' -- vim_edit_texts

  # Aliases
  

  # Interactive shell initialisation
  

end


