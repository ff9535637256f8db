function _cmp() {
  if [[ -d $1 && -d $2 ]]; then
    diff -rq "$1" "$2" &> /dev/null
  else
    cmp --quiet "$1" "$2"
  fi
}
declare -A changedFiles
_cmp /nix/store/00000000000000000000000000000000-hm_confa.conf /home/hm-user/conf/a.conf \
  && changedFiles[conf/a.conf]=0 \
  || changedFiles[conf/a.conf]=1
unset -f _cmp
