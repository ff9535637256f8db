#!/usr/bin/env bash
# Standalone Home Manager with nothing but Hearth: `home-manager switch`
# evaluates a configuration using pkgs.hello, pkgs.atool, pkgs.httpie and
# programs.bash.enable with Hearth's evaluator, builds the generation with
# `hearth build` (Debian packages through the builtin builders, the rest in
# Hearth's sandbox) and activates it into a sandbox HOME. nix-* commands on
# PATH fail the test if anything calls them. Then the programs run from the
# store, the dotfiles link into it, an interactive bash loads completion,
# and a second switch changes nothing. The first switch writes the lock
# file beside home.nix; the second, reading it, builds the same paths.
#
# The store lives under the test's directory and is bind-mounted on
# /nix/store in a private mount namespace, so links into the store resolve
# as they would on a real machine. Needs root and the Debian archive; skips
# without them.
# Usage: home_hearth_only.test.sh /path/to/hearth
set -euo pipefail
hearth="$(realpath "$1")"
. "$(dirname "$0")/lib/private-store.sh"

if [ "$(id -u)" != 0 ]; then
  echo "SKIP: needs root (a private mount namespace for /nix/store)"
  exit 0
fi
. "$(dirname "$0")/lib/debian-archive.sh"
if [ -z "${HEARTH_E2E_NAMESPACE:-}" ]; then
  skip_without_debian_archive
  enter_private_namespace "$@"
fi

make_private_store

mkdir -p "$tmp/bin" "$tmp/home/.config/home-manager"
ln -s "$hearth" "$tmp/bin/home-manager"
ln -s "$hearth" "$tmp/bin/hearth" # the generation's activate runs `hearth`
for nix in nix nix-build nix-env nix-instantiate nix-store nix-daemon; do
  printf '#!/bin/sh\necho "%s $*" >> %s/nix-called\nexit 1\n' "$nix" "$tmp" > "$tmp/bin/$nix"
  chmod +x "$tmp/bin/$nix"
done
export PATH="$tmp/bin:/usr/bin:/bin" HOME="$tmp/home" USER=hm-tester NO_COLOR=1
unset XDG_STATE_HOME XDG_CONFIG_HOME XDG_CACHE_HOME XDG_DATA_HOME DRY_RUN VERBOSE HOME_MANAGER_CONFIG \
  HEARTH_HOME_BUILDER HEARTH_DEBIAN_INDEX HEARTH_LOCK_FILE NIX_PATH || true
cd "$tmp"

. "$(dirname "$0")/lib/home-checks.sh"
expect_eq() { [[ "$1" == "$2" ]] || fail "$3: expected '$2', got '$1'"; }
ms() { echo $((($(date +%s%N) - $1) / 1000000)); }

cat > "$HOME/.config/home-manager/home.nix" <<NIX
{ pkgs, ... }: {
  home.username = "hm-tester";
  home.homeDirectory = "$HOME";
  home.stateVersion = "25.11";
  home.packages = [ pkgs.hello pkgs.atool pkgs.httpie ];
  programs.bash.enable = true;
}
NIX

start=$(date +%s%N)
if ! home-manager switch > "$tmp/switch.log" 2>&1; then
  tail -n 40 "$tmp/switch.log"
  echo "FAIL: the first switch"
  exit 1
fi
cold=$(ms "$start")
[ -e "$tmp/nix-called" ] && fail "Nix was called: $(cat "$tmp/nix-called")"

# Without a lock file the apt index was used, and what it gave is pinned
# beside the configuration.
lock="$HOME/.config/home-manager/hearth.lock.json"
[ -s "$lock" ] || fail "no lock file written beside home.nix"
grep -q "^Pinned [0-9]* Debian packages in $lock$" "$tmp/switch.log" || fail "no pin message: $(grep -i pin "$tmp/switch.log")"
for p in hello atool httpie; do
  grep -q "^ *\"$p\": *{" "$lock" || fail "$p is not pinned: $(head -c 300 "$lock")"
done
cp "$lock" "$tmp/lock.first"

# The programs, from the store.
bin="$HOME/.nix-profile/bin"
for p in hello atool http; do
  [[ "$(readlink -f "$bin/$p")" == /nix/store/* ]] || fail "$p is not in the store: $(readlink -f "$bin/$p")"
done
expect_eq "$("$bin/hello")" "Hello, world!" "hello"
[[ "$("$bin/hello" --version | head -n 1)" == "hello (GNU Hello)"* ]] || fail "hello --version: $("$bin/hello" --version 2>&1)"
atool_version=$(apt-cache show --no-all-versions atool | sed -n 's/^Version: \([^-]*\).*/\1/p')
expect_eq "$("$bin/atool" --version 2>&1 | head -n 1)" "atool $atool_version" "atool --version"
httpie_version=$(apt-cache show --no-all-versions httpie | sed -n 's/^Version: \([^-]*\).*/\1/p')
expect_eq "$("$bin/http" --version 2>&1)" "$httpie_version" "http --version"
# httpie's Python is the store's, not the host's.
[[ "$("$bin/http" --debug 2>&1 || true)" == *"/nix/store/"*python3* ]] || fail "http runs the host's python"

# The dotfiles link into the store's home-manager-files.
for f in .bashrc .profile .bash_profile; do
  [[ "$(readlink "$HOME/$f")" == /nix/store/*-home-manager-files/"$f" ]] || fail "$f: $(readlink "$HOME/$f")"
  [ -s "$HOME/$f" ] || fail "$f is empty or dangling"
done
# An interactive login bash reads them (.bash_profile, .profile with the
# session variables, .bashrc) without errors and loads completion from the
# store's bash-completion. The profile's programs are on PATH through the
# installed /etc/profile.d/hearth.sh (cmake --install), which /etc/profile
# sources first; the host's /etc is not ours to change here, so the
# shell sources the source tree's copy.
out=$(env -i HOME="$HOME" TERM=dumb PATH=/usr/bin:/bin bash -ilc \
  '. "$1"; declare -F _init_completion > /dev/null && echo completion; echo "$__HM_SESS_VARS_SOURCED"; command -v hello' \
  bash "$(dirname "$0")/../../share/hearth/profile.d/hearth.sh" 2> "$tmp/bash.err" < /dev/null) ||
  fail "interactive bash: $(cat "$tmp/bash.err")"
expect_eq "$out" "completion
1
$HOME/.nix-profile/bin/hello" "interactive bash"
grep -v -e "cannot set terminal process group" -e "no job control" "$tmp/bash.err" > "$tmp/bash.unexpected" &&
  fail "interactive bash complained: $(cat "$tmp/bash.unexpected")"

# A second switch builds nothing and changes nothing.
before="$(find "$HOME" -path "$HOME/.local/state" -prune -o -printf '%p %l\n' | sort)"
start=$(date +%s%N)
home-manager switch > "$tmp/again.log" 2>&1 || fail "second switch: $(cat "$tmp/again.log")"
noop=$(ms "$start")
grep -q "^building '" "$tmp/again.log" && fail "the second switch built: $(grep "^building" "$tmp/again.log")"
expect_eq "$(find "$HOME" -path "$HOME/.local/state" -prune -o -printf '%p %l\n' | sort)" "$before" "second switch"
cmp -s "$lock" "$tmp/lock.first" || fail "the second switch changed the lock file"
grep -q "^Pinned" "$tmp/again.log" && fail "the second switch pinned again"
gens=$(home-manager generations | wc -l)
expect_eq "$gens" "1" "generations after a no-op switch"
[ -e "$tmp/nix-called" ] && fail "Nix was called: $(cat "$tmp/nix-called")"

echo "cold switch ${cold} ms, no-op switch ${noop} ms"
checks_done
