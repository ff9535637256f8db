# Only source this once.
if [ -n "${__HM_SESS_VARS_SOURCED-}" ]; then return; fi
export __HM_SESS_VARS_SOURCED=1

export EDITOR="vim"
export LOCALE_ARCHIVE_2_27="/nix/store/00000000000000000000000000000000-glibc-locales-2.40/lib/locale/locale-archive"
export MANPATH="$HOME/.local/man${MANPATH:+:}$MANPATH"
export PATH="$HOME/bin:/opt/tools/bin:/home/hm-user/.local/bin${PATH:+:}$PATH"
umask 027
