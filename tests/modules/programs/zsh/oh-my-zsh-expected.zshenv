if [[ ! -o login ]]; then
  # Environment variables
  . "/nix/store/00000000000000000000000000000000-hm-session-vars.sh/etc/profile.d/hm-session-vars.sh"

  # Only source this once
  if [[ -z "${__HM_ZSH_SESS_VARS_SOURCED-}" ]]; then
    export __HM_ZSH_SESS_VARS_SOURCED=1
    
  fi
fi

export ZDOTDIR="/home/hm-user/.config/zsh"

export EXTRA=1
ZSH="@oh-my-zsh@/share/oh-my-zsh";
ZSH_CACHE_DIR="/home/hm-user/.cache/oh-my-zsh";
