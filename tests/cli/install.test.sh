#!/usr/bin/env bash
# `cmake --install`: the binary under its three names, the Nix code it
# ships found beside the installed binary (not in the source tree), and
# /etc/profile.d/hearth.sh putting the profiles on PATH in dash, bash and
# zsh, once however often it is sourced, with a HOME that has a space.
# Usage: install.test.sh /path/to/build/src/cli/hearth
set -euo pipefail
hearth=$(realpath "$1")
build=$(cd "$(dirname "$hearth")/../.." && pwd)
[ -f "$build/cmake_install.cmake" ] || { echo "SKIP: $build is not a CMake build dir"; exit 0; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failed=0
check() { # what, expected, actual
  if [ "$2" != "$3" ]; then
    echo "FAIL: $1"; echo "  expected: $2"; echo "  actual:   $3"; failed=1
  fi
}

DESTDIR="$tmp/dest" cmake --install "$build" --prefix /opt/hearth > "$tmp/log" 2>&1 \
  || { cat "$tmp/log"; exit 1; }
root="$tmp/dest/opt/hearth"
for name in home-manager nixos-rebuild; do
  check "bin/$name links to hearth" hearth "$(readlink "$root/bin/$name")"
done
check "home-manager --version" "$("$hearth" home-manager --version)" "$("$root/bin/home-manager" --version)"
# An empty NIX_PATH: the search path's defaults are what is being tested.
for entry in nixpkgs home-manager; do
  check "<$entry> from the installed binary" "$root/share/hearth/$entry" \
    "$(NIX_PATH= "$root/bin/hearth" instantiate --eval -E "<$entry>" 2>&1)"
done
check "the installed nixpkgs evaluates" '"ok"' \
  "$(NIX_PATH= "$root/bin/hearth" instantiate --eval -E 'let pkgs = import <nixpkgs> { }; in if pkgs.lib.isFunction pkgs.lib.id then "ok" else "no"' 2>&1)"

script="$tmp/dest/etc/profile.d/hearth.sh"
[ -f "$script" ] || { echo "FAIL: no $script"; exit 1; }
home="$tmp/a home"
mkdir -p "$home/.nix-profile/bin"
printf '#!/bin/sh\necho from-the-profile\n' > "$home/.nix-profile/bin/hearth-test-tool"
chmod +x "$home/.nix-profile/bin/hearth-test-tool"
for sh in dash bash zsh; do
  command -v "$sh" > /dev/null || { echo "note: no $sh here"; continue; }
  out=$(env -i HOME="$home" PATH=/usr/bin:/bin "$sh" -c \
    ". '$script'; . '$script'; hearth-test-tool; echo \"\$PATH\"; echo \"\$XDG_DATA_DIRS\"; echo \"\$NIX_PROFILES\"" 2>&1)
  check "$sh: the profile's bin, once, first on PATH" \
    "from-the-profile
$home/.nix-profile/bin:/nix/var/nix/profiles/default/bin:/usr/bin:/bin
/usr/local/share:/usr/share:$home/.nix-profile/share:/nix/var/nix/profiles/default/share
/nix/var/nix/profiles/default $home/.nix-profile" "$out"
done
# The XDG profile dir joins when it exists; a PATH that has the entries
# already keeps its order.
mkdir -p "$home/.local/state/nix/profile/bin"
check "the XDG state profile" \
  "$home/.nix-profile/bin:$home/.local/state/nix/profile/bin:/nix/var/nix/profiles/default/bin:/usr/bin" \
  "$(env -i HOME="$home" PATH=/usr/bin dash -c ". '$script'; echo \"\$PATH\"")"
check "entries already on PATH stay where they are" "/usr/bin:$home/.nix-profile/bin:$home/.local/state/nix/profile/bin:/nix/var/nix/profiles/default/bin" \
  "$(env -i HOME="$home" PATH="/usr/bin:$home/.nix-profile/bin:$home/.local/state/nix/profile/bin:/nix/var/nix/profiles/default/bin" dash -c ". '$script'; echo \"\$PATH\"")"
[ $failed = 0 ] && echo ok
exit $failed
