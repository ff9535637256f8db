# Only source this once.
if [ -n "${__HM_SESS_VARS_SOURCED-}" ]; then return; fi
export __HM_SESS_VARS_SOURCED=1

export LOCALE_ARCHIVE_2_27="/nix/store/00000000000000000000000000000000-glibc-locales-2.40/lib/locale/locale-archive"
export XDG_BIN_HOME="/home/hm-user/.local/bin"
export XDG_CACHE_HOME="/home/hm-user/.cache"
export XDG_CONFIG_HOME="/home/hm-user/.config"
export XDG_DATA_HOME="/home/hm-user/.local/share"
export XDG_DESKTOP_DIR="/home/hm-user/Desktop"
export XDG_DOCUMENTS_DIR="/home/hm-user/Documents"
export XDG_DOWNLOAD_DIR="/home/hm-user/Downloads"
export XDG_MUSIC_DIR="/home/hm-user/Music"
export XDG_PICTURES_DIR="/home/hm-user/Pictures"
export XDG_PROJECTS_DIR="/home/hm-user/Projects"
export XDG_PUBLICSHARE_DIR="/home/hm-user/Public"
export XDG_STATE_HOME="/home/hm-user/.local/state"
export XDG_TEMPLATES_DIR="/home/hm-user/Templates"
export XDG_VIDEOS_DIR="/home/hm-user/Videos"

