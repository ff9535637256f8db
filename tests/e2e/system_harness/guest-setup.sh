# Shared by the tests that run a script in a Debian guest under a real
# systemd (run-in-guest.sh). Source it after setting `here` (the tests/e2e
# directory), then:
#   guest_rootfs            skips (exit 0) without root, systemd-nspawn or
#                           debootstrap; else builds the guest's root
#                           filesystem once and sets $rootfs to it
#   guest_hearth HEARTH DIR SHARE
#                           puts Hearth into the guest's input DIR: the
#                           binary, the libraries the minimal guest lacks,
#                           and the Nix code it ships (SHARE)

guest_rootfs() {
  local why=
  if [[ $(id -u) != 0 ]]; then
    why="needs root (systemd-nspawn)"
  elif ! command -v systemd-nspawn > /dev/null; then
    why="needs systemd-nspawn (Debian package systemd-container)"
  elif ! command -v debootstrap > /dev/null; then
    why="needs debootstrap"
  fi
  [[ -z $why ]] || { echo "SKIPPED: $why"; exit 0; }
  rootfs=${HEARTH_GUEST_ROOTFS:-/var/tmp/harness-rootfs/bookworm}
  "$here/system_harness/build-rootfs.sh" "$rootfs" > /dev/null
}

guest_hearth() {
  cp "$1" "$2/hearth"
  # The guest's minimal Debian lacks some of the libraries Hearth links.
  "$here/system_harness/missing-libs.sh" "$rootfs" "$1" "$2/lib"
  cp -r "$3" "$2/share"
}
