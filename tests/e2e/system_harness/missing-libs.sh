#!/bin/bash
# missing-libs.sh ROOTFS BINARY DESTDIR — copy into DESTDIR the shared
# libraries BINARY loads on this host that the guest root ROOTFS lacks (a
# minimal Debian has no SQLite or readline), so that the host's build runs
# in the guest once DESTDIR's files are in its library path.
set -euo pipefail
[ $# = 3 ] || { echo "usage: ${0##*/} ROOTFS BINARY DESTDIR" >&2; exit 2; }
rootfs=$1 binary=$2 dest=$3
mkdir -p -- "$dest"
# The guest may or may not have merged /usr: look for each library at its
# host path, under /usr, and outside /usr.
ldd "$binary" | awk '$2 == "=>" && $3 ~ /^\// { print $3 }' | while read -r lib; do
  [ -e "$rootfs$lib" ] || [ -e "$rootfs/usr$lib" ] || [ -e "$rootfs${lib#/usr}" ] ||
    cp -L -- "$lib" "$dest/"
done
