# ~/.config/fish/config.fish: DO NOT EDIT -- this file has been generated
# automatically by home-manager.

# Only execute this file once per shell.
set -q __fish_home_manager_config_sourced; and exit
set -g __fish_home_manager_config_sourced 1

source /nix/store/00000000000000000000000000000000-hm-session-vars.fish/etc/profile.d/hm-session-vars.fish

# Source handler functions
source /home/hm-user/.config/fish/functions/event-handler.fish
source /home/hm-user/.config/fish/functions/job-handler.fish
source /home/hm-user/.config/fish/functions/process-handler.fish
source /home/hm-user/.config/fish/functions/signal-handler.fish
source /home/hm-user/.config/fish/functions/variable-handler.fish



status is-login; and begin

  # Login shell initialisation
  

end

status is-interactive; and begin

  # Abbreviations
  

  # Aliases
  

  # Interactive shell initialisation
  

end


