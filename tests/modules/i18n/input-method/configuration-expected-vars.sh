# Only source this once.
if [ -n "${__HM_SESS_VARS_SOURCED-}" ]; then return; fi
export __HM_SESS_VARS_SOURCED=1

export GLFW_IM_MODULE="ibus"
export LOCALE_ARCHIVE_2_27="/nix/store/00000000000000000000000000000000-glibc-locales-2.40/lib/locale/locale-archive"
export SDL_IM_MODULE="fcitx"
export XDG_BIN_HOME="/home/hm-user/.local/bin"
export XDG_CACHE_HOME="/home/hm-user/.cache"
export XDG_CONFIG_HOME="/home/hm-user/.config"
export XDG_DATA_HOME="/home/hm-user/.local/share"
export XDG_STATE_HOME="/home/hm-user/.local/state"
export XMODIFIERS="@im=fcitx"
export QT_PLUGIN_PATH="/nix/store/00000000000000000000000000000000-fcitx5-with-addons/lib/qt-6/plugins${QT_PLUGIN_PATH:+:}$QT_PLUGIN_PATH"
