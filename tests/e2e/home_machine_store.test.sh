#!/usr/bin/env bash
# `home-manager` with no HEARTH_STORE, as on a real machine: the home's
# store is the machine's, at /nix/store (here an empty directory mounted
# on /nix in a private mount namespace), so the links and the profile
# resolve; a user who cannot write /nix is refused before anything is
# built, with the command that gives them a store. Installed as `hearth`
# only under its command name, no hearth on PATH. Needs root; skips without.
# Usage: home_machine_store.test.sh /path/to/hearth
set -euo pipefail
hearth="$(realpath "$1")"
src="${HEARTH_SOURCE:-$(cd "$(dirname "$0")/../.." && pwd)}"
if [ "$(id -u)" != 0 ]; then
  echo "SKIP: needs root (a private mount namespace for /nix)"
  exit 0
fi
if [ -z "${HEARTH_E2E_NAMESPACE:-}" ]; then
  exec env HEARTH_E2E_NAMESPACE=1 unshare --mount --propagation private bash "$0" "$@"
fi
tmp="$(mktemp -d)"
chmod 755 "$tmp"
trap 'umount /nix 2> /dev/null || true; chmod -R u+w "$tmp" 2> /dev/null; rm -rf "$tmp"' EXIT
mkdir -p "$tmp/nix" /nix
mount --bind "$tmp/nix" /nix
unset HEARTH_STORE HEARTH_STORE_DIR XDG_STATE_HOME XDG_CONFIG_HOME XDG_DATA_HOME DRY_RUN VERBOSE \
  HOME_MANAGER_CONFIG HEARTH_HOME_BUILDER || true
mkdir -p "$tmp/bin"
ln -s "$hearth" "$tmp/bin/home-manager"
export PATH="$tmp/bin:$PATH" NO_COLOR=1
. "$src/tests/e2e/lib/home-checks.sh"

# config HOME USER: a home with one file.
config() {
  mkdir -p "$1/.config/home-manager"
  cat > "$1/.config/home-manager/home.nix" << NIX
{ ... }: {
  home.username = "$2";
  home.homeDirectory = "$1";
  home.stateVersion = "25.11";
  home.file.".hello".text = "hello from the machine store\n";
}
NIX
}
hm() { home-manager -I "nixpkgs=$src/share/hearth/nixpkgs" -I "home-manager=$src/share/hearth/home-manager" "$@"; }

# Root, /nix empty: the store is made there.
export HOME="$tmp/root-home" USER=root
config "$HOME" root
hm switch > "$tmp/out" 2>&1 || fail "switch as root: $(tail -5 "$tmp/out")"
[ "$(cat "$HOME/.hello" 2> /dev/null)" = "hello from the machine store" ] ||
  fail "~/.hello does not resolve: $(ls -l "$HOME/.hello" 2>&1)"
[[ "$(readlink "$HOME/.hello")" == /nix/store/*-home-manager-files/.hello ]] ||
  fail "~/.hello links to $(readlink "$HOME/.hello")"
[ -d "$tmp/nix/var/hearth" ] || fail "no store state in /nix/var/hearth"
[ -e "$HOME/.nix-profile/etc/profile.d/hm-session-vars.sh" ] || fail "the profile does not resolve"
hm generations | grep -q ' : id 1 -> /nix/store/.*-home-manager-generation (current)$' ||
  fail "generations: $(hm generations 2>&1)"

# A user who cannot write /nix (root's now): refused, nothing built.
nb="$tmp/nobody-home"
mkdir -p "$nb" && config "$nb" nobody && chown -R nobody "$nb"
before="$(ls "$tmp/nix/store" | wc -l)"
status=0
su -s /bin/bash nobody -c "cd '$nb' && env HOME='$nb' USER=nobody PATH='$PATH' NO_COLOR=1 \
  home-manager -I nixpkgs=$src/share/hearth/nixpkgs -I home-manager=$src/share/hearth/home-manager switch" \
  > "$tmp/out" 2>&1 || status=$?
[ "$status" = 1 ] || fail "nobody's switch exited $status"
grep -qx "error: the store at /nix/store is not writable by nobody" "$tmp/out" ||
  fail "nobody's error: $(cat "$tmp/out")"
grep -q "^hint: " "$tmp/out" || fail "no hint: $(cat "$tmp/out")"
# instantiate writes .drv files: refused the same way, not with a raw
# permission error from the store's lock file.
su -s /bin/bash nobody -c "cd '$nb' && env HOME='$nb' USER=nobody PATH='$PATH' NO_COLOR=1 \
  home-manager -I nixpkgs=$src/share/hearth/nixpkgs -I home-manager=$src/share/hearth/home-manager instantiate" \
  > "$tmp/out" 2>&1 && fail "nobody's instantiate succeeded"
grep -qx "error: the store at /nix/store is not writable by nobody" "$tmp/out" ||
  fail "nobody's instantiate error: $(cat "$tmp/out")"
[ "$(ls "$tmp/nix/store" | wc -l)" = "$before" ] || fail "nobody's refused switch built something"
[ ! -e "$nb/.hello" ] || fail "nobody's refused switch linked ~/.hello"

checks_done
