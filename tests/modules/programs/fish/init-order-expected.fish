# ~/.config/fish/config.fish: DO NOT EDIT -- this file has been generated
# automatically by home-manager.

# Only execute this file once per shell.
set -q __fish_home_manager_config_sourced; and exit
set -g __fish_home_manager_config_sourced 1

source /nix/store/00000000000000000000000000000000-hm-session-vars.fish/etc/profile.d/hm-session-vars.fish

# Source handler functions


set -g init_all 1

status is-login; and begin

  # Login shell initialisation
  set -g init_login 1
set -g init_login2 1


end

status is-interactive; and begin

  # Abbreviations
  

  # Aliases
  alias g git
alias ll 'ls -la'

  # Interactive shell initialisation
  set -g init_interactive 1

end

set -g init_last 1
