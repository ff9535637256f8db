function setup_hm_session_vars;
/bin/sh -c '. "$1" >/dev/null; env -0' sh /nix/store/00000000000000000000000000000000-hm-session-vars.sh/etc/profile.d/hm-session-vars.sh | while read -lz __hm_kv
  set -l __hm_kv (string split -m 1 = -- $__hm_kv)
  set -l __hm_name $__hm_kv[1]
  contains -- $__hm_name PWD OLDPWD SHLVL _; and continue
  test "$$__hm_name" = "$__hm_kv[2]"; or set -gx $__hm_name $__hm_kv[2]
end
end
setup_hm_session_vars
