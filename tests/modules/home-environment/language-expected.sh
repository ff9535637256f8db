# Only source this once.
if [ -n "${__HM_SESS_VARS_SOURCED-}" ]; then return; fi
export __HM_SESS_VARS_SOURCED=1

export LANG="en_GB.UTF-8"
export LC_TIME="de_DE.UTF-8"
export LOCALE_ARCHIVE_2_27="/nix/store/00000000000000000000000000000000-glibc-locales-2.40/lib/locale/locale-archive"

