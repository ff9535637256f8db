#!/usr/bin/env bash
# The seed (shared/seed/nixos-module.md) under a real systemd: a Debian guest
# (systemd-nspawn, tests/e2e/system_harness) gets examples/configuration.nix
# verbatim as its /etc/nixos/configuration.nix and runs `nixos-rebuild
# switch` itself: evaluation, every build and the activation happen inside
# the guest, under its systemd (seed_systemd.guest.sh says what it checks).
#
# The guest has no network. The only thing brought from outside is what a
# fetch would bring: the host pins the Debian package index (`hearth lock
# index`), asks which .deb files the seed needs (dry-build), downloads them
# into a scratch store, and hands the files to the guest, which adds them to
# its own store as the fixed-output paths the configuration names (as
# `nix-store --add-fixed` would). Everything built from them is the guest's.
set -euo pipefail
hearth=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
src=${HEARTH_SOURCE:-$(cd "$here/../.." && pwd)}
skip() { echo "SKIPPED: $*"; exit 0; }
. "$here/system_harness/guest-setup.sh"
guest_rootfs

in=$(mktemp -d /var/tmp/hearth-seed-systemd-XXXXXX)
scratch=$(mktemp -d /var/tmp/hearth-seed-debs-XXXXXX)
trap 'rm -rf "$in"; chmod -R u+w "$scratch" 2>/dev/null; rm -rf "$scratch"' EXIT
start=$SECONDS

"$hearth" lock index "$in/debian-index" >/dev/null ||
  skip "cannot write the Debian package index (no apt lists on this host?)"
cp "$src/examples/configuration.nix" "$in/configuration.nix"
cp "$here/seed_systemd.guest.sh" "$in/"

# The .deb files the seed's closure names; the changed configurations the
# guest switches to later add files and variables, no packages.
"$hearth" system dry-build --store "$scratch" -I nixos-config="$in/configuration.nix" \
  -I hearth-debian-index="$in/debian-index" 2>"$scratch/plan" ||
  { cat "$scratch/plan"; echo "FAIL: dry-build of the seed on the host"; exit 1; }
mapfile -t debs < <(awk '/\.deb\.drv$/ { print $1 }' "$scratch/plan")
((${#debs[@]} > 0)) || { cat "$scratch/plan"; echo "FAIL: the seed names no .deb files"; exit 1; }
"$hearth" build --store "$scratch" --no-out-link "${debs[@]}" >"$scratch/fetched" 2>"$scratch/log" ||
  { cat "$scratch/log"; echo "FAIL: fetching the seed's .deb files on the host"; exit 1; }
mkdir "$in/debs"
while read -r p; do
  # The store name without its hash: the guest adds it under the same name.
  cp "$scratch$p" "$in/debs/${p#/nix/store/*-}"
done <"$scratch/fetched"
echo "host: ${#debs[@]} .deb files ($(du -sh "$in/debs" | cut -f1)) fetched in $((SECONDS - start))s"

guest_hearth "$hearth" "$in" "$src/share/hearth"
"$here/system_harness/run-in-guest.sh" -t 400 "$rootfs" "$in" "$in/seed_systemd.guest.sh"
