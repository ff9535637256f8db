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
  abbr --add  -- la 'eza -a'
abbr --add  -- ll 'eza -l'
abbr --add  -- lla 'eza -la'
abbr --add  -- ls eza
abbr --add  -- lt 'eza --tree'

  # Aliases
  alias eza 'eza --git'

  # Interactive shell initialisation
  

end

if test "$TERM" != "dumb"
  @starship@/bin/starship init fish | source
  
end

