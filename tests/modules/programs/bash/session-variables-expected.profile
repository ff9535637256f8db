. "/nix/store/00000000000000000000000000000000-hm-session-vars.sh/etc/profile.d/hm-session-vars.sh"

export NUM="30"
export ON="true"
export V1="v1"
export V2="v2-v1"

umask 022

