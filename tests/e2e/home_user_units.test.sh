#!/usr/bin/env bash
# systemd.user units under a real user manager: boots a Debian guest
# (systemd-nspawn, tests/e2e/system_harness) and runs
# home_user_units.guest.sh in it, where eve, with her user manager running
# (lingering), runs `home-manager switch` herself six times and
# `systemctl --user` says what reloadSystemd did: units started (newly
# wanted ones, a template's DefaultInstance), a changed one restarted,
# keep-old ones left alone, a template's running instance restarted, a
# changed socket listening again, a removed one stopped, a service that
# dies within servicesStartTimeoutMs failing the switch. The fake
# systemctl of tests/home/reload_systemd_test.cc and home_services.test.sh
# only records; this is the check that systemd agrees.
set -euo pipefail
hearth=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
. "$here/system_harness/guest-setup.sh"
guest_rootfs

in=$(mktemp -d /var/tmp/hearth-e2e-XXXXXX)
trap 'rm -rf "$in"' EXIT
guest_hearth "$hearth" "$in" "${HEARTH_SOURCE:-$here/../..}/share/hearth"
cp "$here/home_user_units.guest.sh" "$in/"
"$here/system_harness/run-in-guest.sh" -t 120 "$rootfs" "$in" "$in/home_user_units.guest.sh"
