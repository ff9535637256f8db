#!/usr/bin/env bash
# Debian packages whose programs Debian names only from an install script
# (update-alternatives) or under another name, built through the package
# set as a home gets them, and run: pkgs.imagemagick's convert writes a PNG
# (its coders come from the store, not the host's /usr/lib), pkgs.fd has
# bin/fd, pkgs.jre_headless (a metapackage) has the JVM's java, and
# lib.getExe finds each one's program. Needs root (a private
# mount namespace for /nix/store) and the Debian archive; skips without.
# Usage: debian_fixups.test.sh /path/to/hearth
set -euo pipefail
hearth="$(realpath "$1")"
src="${HEARTH_SOURCE:-$(cd "$(dirname "$0")/../.." && pwd)}"
. "$src/tests/e2e/lib/private-store.sh"
. "$src/tests/e2e/lib/debian-archive.sh"
if [ "$(id -u)" != 0 ]; then
  echo "SKIP: needs root (a private mount namespace for /nix/store)"
  exit 0
fi
[ -n "${HEARTH_E2E_NAMESPACE:-}" ] || skip_without_debian_archive
enter_private_namespace "$@"
make_private_store
unset HEARTH_DEBIAN_INDEX HEARTH_LOCK_FILE NIX_PATH || true
. "$src/tests/e2e/lib/home-checks.sh"
cd "$tmp"

# exe ATTR: builds pkgs.ATTR and prints lib.getExe of it.
exe() {
  "$hearth" build -I "nixpkgs=$src/share/hearth/nixpkgs" -o "$tmp/$1" \
    -E "(import <nixpkgs> { }).$1" > "$tmp/$1.log" 2>&1 || {
    fail "building pkgs.$1: $(tail -n 5 "$tmp/$1.log")"
    return 1
  }
  "$hearth" instantiate --eval -I "nixpkgs=$src/share/hearth/nixpkgs" \
    -E "let pkgs = import <nixpkgs> { }; in pkgs.lib.getExe pkgs.$1" | tr -d '"'
}

convert="$(exe imagemagick)" || true
[[ "$convert" == */bin/convert ]] || fail "lib.getExe pkgs.imagemagick is $convert"
if [ -x "$convert" ]; then
  "$convert" rose: "$tmp/rose.png" 2> "$tmp/err" || fail "convert rose: $(cat "$tmp/err")"
  [ "$(head -c 4 "$tmp/rose.png" | tail -c 3)" = PNG ] || fail "convert wrote no PNG"
  out="$("$tmp/imagemagick/bin/identify" "$tmp/rose.png" 2>&1)" || fail "identify: $out"
  [[ "$out" == *"PNG 70x46"* ]] || fail "identify: $out"
else
  fail "$convert is not a program"
fi

fd="$(exe fd)" || true
[[ "$fd" == */bin/fd ]] || fail "lib.getExe pkgs.fd is $fd"
mkdir -p "$tmp/tree/sub" && touch "$tmp/tree/sub/needle.txt"
out="$("$fd" needle "$tmp/tree" 2>&1)" || fail "fd: $out"
[[ "$out" == *sub/needle.txt ]] || fail "fd found: $out"

rg="$(exe ripgrep)" || true
[[ "$rg" == */bin/rg ]] || fail "lib.getExe pkgs.ripgrep is $rg"
[ "$(printf 'alpha\nbeta\n' | "$rg" -n bet)" = "2:beta" ] || fail "rg"

java="$(exe jre_headless)" || true
[[ "$java" == */bin/java ]] || fail "lib.getExe pkgs.jre_headless is $java"
out="$("$java" -version 2>&1)" || fail "java -version: $out"
[[ "$out" == *"OpenJDK Runtime Environment"* ]] || fail "java -version: $out"

checks_done
