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
  

  # Aliases
  alias eza 'eza '
alias la 'eza -a'
alias ll 'eza -l'
alias lla 'eza -la'
alias ls eza
alias lt 'eza --tree'
alias vimdiff 'nvim -d'

  # Interactive shell initialisation
  @fzf@/bin/fzf --fish | source

set -gx GPG_TTY (tty)
@gnupg@/bin/gpg-connect-agent updatestartuptty /bye > /dev/null

@zoxide@/bin/zoxide init fish --cmd cd | source

if test "$TERM" != "dumb"
  @starship@/bin/starship init fish | source
  enable_transience
end

if set -q KITTY_INSTALLATION_DIR
  set --global KITTY_SHELL_INTEGRATION "no-rc"
  source "$KITTY_INSTALLATION_DIR/shell-integration/fish/vendor_conf.d/kitty-shell-integration.fish"
  set --prepend fish_complete_path "$KITTY_INSTALLATION_DIR/shell-integration/fish/vendor_completions.d"
end

. @autojump@/share/autojump/autojump.fish

@direnv@/bin/direnv hook fish | source


end


