# in_root ROOT PATH: where PATH, as seen inside the sandbox root ROOT, is
# on this machine: every symlink on the way is resolved as if ROOT were /
# (links in a switched root name /nix/store/..., /home/...).
in_root() {
  local root=$1 p=$2 hops=0 t rest cur i changed
  local -a parts
  while ((hops++ < 40)); do
    IFS=/ read -ra parts <<<"${p#/}"
    cur= changed=0
    for ((i = 0; i < ${#parts[@]}; i++)); do
      cur+=/${parts[i]}
      [[ -L $root$cur ]] || continue
      t=$(readlink "$root$cur")
      [[ $t == /* ]] || t=${cur%/*}/$t
      rest=$(IFS=/; echo "${parts[*]:i+1}")
      p=$t${rest:+/$rest}
      changed=1
      break
    done
    ((changed)) || break
  done
  echo "$root$p"
}
