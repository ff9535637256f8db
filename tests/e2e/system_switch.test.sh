#!/usr/bin/env bash
# nixos-rebuild under a real systemd: boots a Debian guest (systemd-nspawn,
# tests/e2e/system_harness) and runs system_switch.guest.sh in it, which
# switches hand-written configurations shaped like the seed's (eve and her
# home-manager-eve.service), changes one, rolls back, and fails one.
# Hand-written so that each step is quick and a failure is easy to tell;
# seed_systemd.test.sh switches the seed itself in the same kind of guest.
set -euo pipefail
hearth=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
. "$here/system_harness/guest-setup.sh"
guest_rootfs

in=$(mktemp -d /var/tmp/hearth-e2e-XXXXXX)
trap 'rm -rf "$in"' EXIT
guest_hearth "$hearth" "$in" "${HEARTH_SOURCE:-$here/../..}/share/hearth"
cp "$here/system_switch.guest.sh" "$in/"
"$here/system_harness/run-in-guest.sh" -t 300 "$rootfs" "$in" "$in/system_switch.guest.sh"
