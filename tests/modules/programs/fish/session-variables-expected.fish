function setup_hm_session_vars;
# Only source this once.
if [ -n (set -q __HM_SESS_VARS_SOURCED && echo "$__HM_SESS_VARS_SOURCED" || echo '') ]
  return
end
set -gx __HM_SESS_VARS_SOURCED '1'
set -gx CACHE (test -n "$XDG_CACHE_HOME" && echo "$XDG_CACHE_HOME" || echo $HOME/.cache)'/x'
set -gx EDITOR 'vim'
set -gx EMPTY ''
set -gx LOCALE_ARCHIVE_2_27 '/nix/store/00000000000000000000000000000000-glibc-locales-2.40/lib/locale/locale-archive'
set -gx NOW (date +%s | string collect; or echo)
set -gx QUOTES 'it\'s ''quoted'' \\ '"$HOME"
set -gx PATH "$HOME"'/bin:/opt/tools/bin'(test -n "$PATH" && echo : || echo)"$PATH"
if [ -z "$SSH_AUTH_SOCK" ]
  set -gx SSH_AUTH_SOCK (/usr/bin/gpgconf --list-dirs agent-ssh-socket | string collect; or echo)
else if [ -n "$OTHER" ]
  set -gx SSH_AUTH_SOCK "$XDG_RUNTIME_DIR"'/ssh-agent'
else
  set -e SSH_AUTH_SOCK
end
/bin/sh -c '. "$1" >/dev/null; env -0' sh '/etc/profile.d/some.sh' | while read -lz __hm_kv
  set -l __hm_kv (string split -m 1 = -- $__hm_kv)
  set -l __hm_name $__hm_kv[1]
  contains -- $__hm_name PWD OLDPWD SHLVL _; and continue
  test "$$__hm_name" = "$__hm_kv[2]"; or set -gx $__hm_name $__hm_kv[2]
end
# reset TERM with new TERMINFO available (if any)
set -gx TERM "$TERM"
end
setup_hm_session_vars
