# Only source this once.
if [ -n "${__HM_SESS_VARS_SOURCED-}" ]; then return; fi
export __HM_SESS_VARS_SOURCED=1

export BEMENU_OPTS="'--ab=#1e1e2e' '--af=#cdd6f4' '--fb=#1e1e2e' '--ff=#cdd6f4' '--hb=#1e1e2e' '--hf=#f9e2af' --ignorecase '--line-height=28' '--nb=#1e1e2e' '--nf=#cdd6f4' '--prompt=open' '--tb=#1e1e2e' '--tf=#f38ba8' '--width-factor=0.300000'"
export LOCALE_ARCHIVE_2_27="/nix/store/00000000000000000000000000000000-glibc-locales-2.40/lib/locale/locale-archive"
export XDG_BIN_HOME="/home/hm-user/.local/bin"
export XDG_CACHE_HOME="/home/hm-user/.cache"
export XDG_CONFIG_HOME="/home/hm-user/.config"
export XDG_DATA_HOME="/home/hm-user/.local/share"
export XDG_STATE_HOME="/home/hm-user/.local/state"

