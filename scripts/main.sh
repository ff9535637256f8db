#!/usr/bin/env bash
# The main job: installs dependencies, builds, and switches the seed's
# example (examples/configuration.nix: a system configuration importing
# <home-manager/nixos> with home-manager.users.eve) into a sandbox root
# with `nixos-rebuild switch --root`, then shows what eve got. Packages
# come from Debian's archive. A second run is a no-op switch of the same
# root; HEARTH_MAIN_ROOT picks another directory.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/build.sh release
hearth=$PWD/build/release/src/cli/hearth
root=${HEARTH_MAIN_ROOT:-/var/tmp/hearth-main}

if [[ ! -d $root/etc ]]; then
  # The sandbox root starts as a copy of this machine's accounts, so that
  # the switch adds eve beside the users that exist.
  mkdir -p "$root/etc"
  chmod 755 "$root"
  cp /etc/passwd /etc/group "$root/etc/"
  cp /etc/shadow /etc/gshadow "$root/etc/" 2>/dev/null || true
fi
# The Debian package index the package set reads, pinned once per root.
[[ -d $root/debian-index ]] || "$hearth" lock index "$root/debian-index"

echo "== nixos-rebuild switch --root $root"
start=$(date +%s%N)
HEARTH_CHANNELS_DIR=$root/channels "$hearth" system switch --root "$root" \
  -I nixos-config="$PWD/examples/configuration.nix" -I hearth-debian-index="$root/debian-index"
echo "== switched in $((($(date +%s%N) - start) / 1000000)) ms"

echo "== eve's home ($root/home/eve)"
ls -lA "$root/home/eve" | sed 's/^/  /'
source scripts/lib/in-root.sh
echo "== eve's profile: ~/.nix-profile -> ${profile:=$(in_root "$root" /home/eve/.nix-profile)}"
ls "$(in_root "$root" /home/eve/.nix-profile/bin)" | grep -xE 'atool|http' | sed 's/^/  bin\//'
ls "$(in_root "$root" /home/eve/.nix-profile/etc/profile.d)" | sed 's/^/  etc\/profile.d\//'
echo "== login shells put the profiles on PATH: /etc/profile.d/hearth-environment.sh"
echo "== the unit nixos-rebuild switch starts on a live machine"
sed 's/^/  /' "$root/etc/systemd/system/home-manager-eve.service"
