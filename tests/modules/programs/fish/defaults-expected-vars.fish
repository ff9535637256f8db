function setup_hm_session_vars;
# Only source this once.
if [ -n (set -q __HM_SESS_VARS_SOURCED && echo "$__HM_SESS_VARS_SOURCED" || echo '') ]
  return
end
set -gx __HM_SESS_VARS_SOURCED '1'
set -gx LOCALE_ARCHIVE_2_27 '/nix/store/00000000000000000000000000000000-glibc-locales-2.40/lib/locale/locale-archive'
set -gx V1 'v1'
set -gx V2 'v2-v1'
set -gx XDG_BIN_HOME '/home/hm-user/.local/bin'
set -gx XDG_CACHE_HOME '/home/hm-user/.cache'
set -gx XDG_CONFIG_HOME '/home/hm-user/.config'
set -gx XDG_DATA_HOME '/home/hm-user/.local/share'
set -gx XDG_STATE_HOME '/home/hm-user/.local/state'
end
setup_hm_session_vars
