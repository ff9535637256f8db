#!/usr/bin/env bash
# Debian packages whose programs Debian names only from an install script
# (update-alternatives) or under another name, built through the package
# set as a home gets them, and run: pkgs.imagemagick's convert writes a PNG
# (its coders come from the store, not the host's /usr/lib), pkgs.fd has
# bin/fd, pkgs.jre_headless (a metapackage) has the JVM's java, the
# programs only an alternative names (nc, pinentry, telnet, unclutter,
# vim) are there, and
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

# Programs whose plain name only an update-alternatives call in the
# package's postinst makes (src/pkgs/alternatives.hh).
nc="$(exe netcat-openbsd)" || true
[[ "$nc" == */bin/nc ]] || fail "lib.getExe pkgs.netcat-openbsd is $nc"
out="$("$nc" -h 2>&1)" || true
[[ "$out" == *"OpenBSD netcat"* ]] || fail "nc -h: $out"
# tree ATTR: the merged tree behind pkgs.ATTR's face.
tree() { local w; w="$(readlink "$tmp/$1/bin/$2")" && dirname "$(dirname "$w")"; }
[ -e "$(tree netcat-openbsd nc.openbsd)/libexec/hearth/root/usr/share/man/man1/nc.1.gz" ] ||
  fail "no nc.1.gz: the alternative's slave was not made"
[ ! -e "$tmp/netcat-openbsd/bin/netcat" ] || fail "bin/netcat is not nixpkgs' netcat-openbsd's"

pinentry="$(exe pinentry-curses)" || true
[ -x "$tmp/pinentry-curses/bin/pinentry" ] || fail "pkgs.pinentry-curses has no bin/pinentry"
out="$(echo GETINFO version | "$tmp/pinentry-curses/bin/pinentry" 2>&1)" || true
[[ "$out" == *"D 1.2.1"* ]] || fail "pinentry GETINFO version: $out"

telnet="$(exe inetutils)" || true
[[ "$telnet" == */bin/telnet ]] || fail "lib.getExe pkgs.inetutils is $telnet"
out="$("$telnet" --version 2>&1)" || true
[[ "$out" == *"GNU inetutils"* ]] || fail "telnet --version: $out"

unclutter="$(exe unclutter-xfixes)" || true
[[ "$unclutter" == */bin/unclutter ]] || fail "lib.getExe pkgs.unclutter-xfixes is $unclutter"
out="$("$unclutter" --help 2>&1)" || true
[[ "$out" == *"--timeout"* ]] || fail "unclutter --help: $out"

# kitty's launcher cannot find its code under the loader; bin/kitty runs
# it, and kittens find this kitty.
kitty="$(exe kitty)" || true
out="$("$kitty" --version 2>&1)" || true
[[ "$out" == "kitty 0."* ]] || fail "kitty --version: $out"
out="$("$kitty" +runpy 'from kitty.constants import kitty_exe; print(kitty_exe())' 2>&1)" || true
[ "$out" = "$(readlink -f "$tmp/kitty")/bin/kitty" ] || fail "kitty's kitty_exe() is $out"
out="$("$kitty" +runpy 'import kitty.fast_data_types; print("loaded")' 2>&1)" || true
[ "$out" = loaded ] || fail "kitty's extension module: $out"

# A Qt program finds the tree's platform plugins (this host has no Qt:
# without QT_PLUGIN_PATH, Qt says it "Could not find the Qt platform
# plugin"). CopyQ itself then needs a display, which the test lacks.
if [ ! -d /usr/lib/x86_64-linux-gnu/qt5/plugins/platforms ]; then
  exe copyq > /dev/null || true
  out="$(timeout 20 env -i HOME="$tmp" PATH=/usr/bin:/bin QT_QPA_PLATFORM=offscreen \
    XDG_RUNTIME_DIR="$tmp" "$tmp/copyq/bin/copyq" 2>&1)" || true
  [[ "$out" != *"Could not find the Qt platform plugin"* && "$out" == *"platform plugin"* ]] ||
    fail "copyq under QT_QPA_PLATFORM=offscreen: $out"
fi

# services.fluidsynth's default font is at nixpkgs' path.
exe soundfont-fluid > /dev/null 2>&1 || true
[ -s "$tmp/soundfont-fluid/share/soundfonts/FluidR3_GM2-2.sf2" ] ||
  fail "pkgs.soundfont-fluid has no share/soundfonts/FluidR3_GM2-2.sf2"

# A role name (vim.basic is also editor, and vi) stays in the tree only:
# two editors in one profile must not collide on bin/editor.
exe vim > /dev/null || true
[ -x "$tmp/vim/bin/vim" ] || fail "pkgs.vim has no bin/vim"
[ ! -e "$tmp/vim/bin/editor" ] || fail "pkgs.vim has bin/editor"
[ -x "$(tree vim vim.basic)/libexec/hearth/bin/editor" ] || fail "pkgs.vim's tree has no editor"

checks_done
