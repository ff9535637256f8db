#!/usr/bin/env bash
# The seed (shared/seed/nixos-module.md) as written: examples/configuration.nix
# switched into a sandbox root with `nixos-rebuild switch --root`; then eve
# has .bashrc, .profile and .bash_profile from programs.bash linked into the
# store, and her profile has http and atool. While tests/e2e/seed.pending
# exists the switch or a check is expected to fail (the file says why), and
# this test fails if all succeed, so the file cannot outlive its reason.
set -euo pipefail
hearth=$(realpath "$1")
src=${HEARTH_SOURCE:-$(cd "$(dirname "$0")/../.." && pwd)}
pending=$src/tests/e2e/seed.pending
[[ $(id -u) == 0 ]] || { echo "SKIPPED: needs root (creating eve's account and home)"; exit 0; }

root=$(mktemp -d /var/tmp/hearth-seed-XXXXXX)
trap 'chmod -R u+w "$root" 2>/dev/null; rm -rf "$root"' EXIT
chmod 755 "$root"
mkdir -p "$root/etc"
cp /etc/passwd /etc/group /etc/shadow /etc/gshadow "$root/etc/" 2>/dev/null || true
index=$root/debian-index
"$hearth" lock index "$index" >/dev/null 2>&1 || index=

set +e
HEARTH_CHANNELS_DIR=$root/channels "$hearth" system switch --root "$root" \
  -I nixos-config="$src/examples/configuration.nix" ${index:+-I hearth-debian-index=$index} >"$root/log" 2>&1
status=$?
set -e
# Prints why the switched root is not what the seed asks for; nothing if it is.
problems() {
  [[ $status == 0 ]] || { echo "nixos-rebuild switch --root exited $status:" \
    "$(grep -E '^ *error: .' "$root/log" | grep -v '^error: $' | tail -n 1 | sed 's/^ *//')"; return; }
  for f in .bashrc .profile .bash_profile; do
    [[ $(readlink "$root/home/eve/$f") == /nix/store/* ]] ||
      { echo "~eve/$f is not a store link: $(readlink "$root/home/eve/$f")"; return; }
  done
  for p in http atool; do
    [[ -e $root/$(readlink "$root/etc/profiles/per-user/eve")/bin/$p || -L $root/etc/profiles/per-user/eve ]] ||
      { echo "$p missing from eve's profile"; return; }
  done
}
found=$(problems)
if [[ -f $pending ]]; then
  if [[ -z $found ]]; then
    echo "FAIL: the seed switches now; delete tests/e2e/seed.pending so this test checks the result"
    exit 1
  fi
  echo "pending (tests/e2e/seed.pending): $(head -n 1 "$pending")"
  echo "still: $found"
  exit 0
fi
cat "$root/log"
[[ -z $found ]] || { echo "FAIL: $found"; exit 1; }
echo "ok: the seed switched into a sandbox root"
