#!/usr/bin/env bash
# An index given with -I hearth-debian-index=DIR is the one used: Hearth
# does not also write its own from apt's lists (which printed a warning
# on every switch where the state directory was not writable).
set -euo pipefail
hearth=$(realpath "$1")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/given"
export XDG_CACHE_HOME=$tmp/cache
out=$(HEARTH_STORE=$tmp/store HEARTH_DEBIAN_INDEX= "$hearth" instantiate --eval \
  -I hearth-debian-index="$tmp/given" -E '<hearth-debian-index>' 2>&1)
[[ $out == "$tmp/given" ]] || { echo "FAIL: <hearth-debian-index> is '$out'"; exit 1; }
[[ ! -e $tmp/cache/hearth/debian-index ]] ||
  { echo "FAIL: an index was written although one was given"; exit 1; }
# Without one, the index is written (where apt has lists to read).
if compgen -G "/var/lib/apt/lists/*_Packages" >/dev/null; then
  out=$(HEARTH_STORE=$tmp/store HEARTH_DEBIAN_INDEX= "$hearth" instantiate --eval -E '<hearth-debian-index>' 2>&1)
  [[ $out == "$tmp/cache/hearth/debian-index/"* ]] || { echo "FAIL: no index written: $out"; exit 1; }
fi
echo ok
