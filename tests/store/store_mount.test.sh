#!/usr/bin/env bash
# A store dir that is a mount point of its own (here a bind mount, as a
# separate partition or NixOS's read-only bind would be): outputs cannot be
# renamed from the build directory (nix/var/hearth/builds) into it, so they
# are copied onto the store's filesystem first. The outputs must equal
# those of the same build in a plain store, and nothing half-copied stays.
# Needs root for the private mount namespace; skips without.
set -euo pipefail
hearth=$(realpath "$1")
if [ "$(id -u)" != 0 ] || ! unshare --user --map-root-user --mount --pid --net --fork true 2>/dev/null; then
  echo "skip: needs root and the namespaces a build sandbox needs"
  exit 0
fi
if [ -z "${HEARTH_STORE_MOUNT_NS:-}" ]; then
  exec env HEARTH_STORE_MOUNT_NS=1 unshare --mount --propagation private bash "$0" "$@"
fi
tmp=$(mktemp -d)
trap 'umount "$tmp/mounted/nix/store" 2>/dev/null || true; chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
export HOME=$tmp
cd "$tmp"

cat > d.nix <<'NIX'
let
  mk = a: derivation ({ system = builtins.currentSystem; builder = "/bin/sh"; PATH = "/usr/bin:/bin"; } // a);
in {
  file = mk { name = "file"; args = [ "-c" "echo one > $out" ]; };
  tree = mk { name = "tree"; args = [ "-c" ''
    mkdir -p $out/bin $out/share/deep
    printf '#!/bin/sh\necho hi\n' > $out/bin/hi; chmod 755 $out/bin/hi
    seq 1 60000 > $out/share/deep/blob
    ln -s ../share/deep/blob $out/bin/link
    chmod 500 $out/share
  '' ]; };
}
NIX

mkdir -p plain mounted/nix/store elsewhere
mount --bind elsewhere mounted/nix/store
# The premise: a rename from the build directory into the store fails.
mkdir -p mounted/nix/var
python3 -c 'import os, sys
try:
    os.rename(sys.argv[1], sys.argv[2]); print("renamed")
except OSError as e: print(e.errno == 18 and "EXDEV" or e)' mounted/nix/var mounted/nix/store/x > premise
[ "$(cat premise)" = EXDEV ] || { echo "FAIL: the bind mount did not separate the store: $(cat premise)"; exit 1; }

failed=0
for attr in file tree; do
  a=$("$hearth" build --store "$tmp/plain" --no-out-link d.nix -A $attr 2> err-plain) \
    || { echo "FAIL: $attr in the plain store: $(cat err-plain)"; failed=1; continue; }
  b=$("$hearth" build --store "$tmp/mounted" --no-out-link d.nix -A $attr 2> err-mounted) \
    || { echo "FAIL: $attr in the mounted store: $(cat err-mounted)"; failed=1; continue; }
  [ "$a" = "$b" ] || { echo "FAIL: $attr: paths differ: $a / $b"; failed=1; continue; }
  # Contents, modes, link targets and mtimes, as the two stores hold them.
  list() { (cd "$1/nix/store" && find "${a##*/}" -printf '%p %M %l %T@\n' | sort
             find "${a##*/}" -type f -exec sha256sum {} + | sort); }
  if [ "$(list plain)" != "$(list mounted)" ]; then
    echo "FAIL: $attr differs:"; diff <(list plain) <(list mounted) | head -20; failed=1
  fi
done
leftovers=$(find elsewhere -maxdepth 1 -name '*.tmp-*')
[ -z "$leftovers" ] || { echo "FAIL: left in the store: $leftovers"; failed=1; }
# A second build of the same attribute finds the path valid.
"$hearth" build --store "$tmp/mounted" --no-out-link d.nix -A tree > /dev/null 2>&1 || { echo "FAIL: rebuild"; failed=1; }
[ $failed = 0 ] && echo ok
exit $failed
