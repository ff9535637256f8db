# Only source this once.
if [ -n "${__HM_SESS_VARS_SOURCED-}" ]; then return; fi
export __HM_SESS_VARS_SOURCED=1

export GRADLE_USER_HOME="/home/hm-user/.gbt"
export JAVA_HOME=""
export LOCALE_ARCHIVE_2_27="/nix/store/00000000000000000000000000000000-glibc-locales-2.40/lib/locale/locale-archive"
export XDG_BIN_HOME="/home/hm-user/.local/bin"
export XDG_CACHE_HOME="/home/hm-user/.cache"
export XDG_CONFIG_HOME="/home/hm-user/.config"
export XDG_DATA_HOME="/home/hm-user/.local/share"
export XDG_STATE_HOME="/home/hm-user/.local/state"

