#!/usr/bin/env bash
# The `home-manager` command end to end in a sandbox HOME: switch two
# configurations, list generations, roll back, remove and expire
# generations, list packages, a collision with and without -b, and the
# refused --flake. Everything is Hearth's: the generation is built by
# `hearth build` into a store under the test's directory, bind-mounted on
# /nix/store in a private mount namespace so links into it resolve as on a
# real machine (needs root; skips without).
# Usage: home_manager.test.sh /path/to/hearth
set -euo pipefail
hearth="$(realpath "$1")"
src="${HEARTH_SOURCE:-$(cd "$(dirname "$0")/../.." && pwd)}"
. "$src/tests/e2e/lib/private-store.sh"
private_store_or_skip "$@"
. "$src/tests/e2e/lib/home-manager-cli.sh"
home_manager_cli hm-tester

. "$src/tests/e2e/lib/home-checks.sh"
expect_eq() { [[ "$1" == "$2" ]] || fail "$3: expected '$2', got '$1'"; }

# config NAME FILES-NIX: writes a configuration.
config() {
  mkdir -p "$HOME/.config/home-manager"
  cat > "$tmp/$1.nix" <<NIX
{ pkgs, ... }: {
  home.username = "hm-tester";
  home.homeDirectory = "$HOME";
  home.stateVersion = "25.11";
  $2
}
NIX
}

config one 'home.file.".hello".text = "one\n"; home.file.".config/app/conf".text = "conf\n";
  home.file.".gone".text = "bye\n";'
config two 'home.file.".hello".text = "two\n"; home.file.".config/app/conf".text = "conf\n";
  home.activation.greet = { after = [ "linkGeneration" ]; before = [ ]; data = "echo greeted > \$HOME/.greeted"; };'

# The default configuration file, and its absence.
out="$(hm switch 2>&1)" && fail "switch without a configuration succeeded"
[[ "$out" == *"No configuration file found. Please create one at $HOME/.config/home-manager/home.nix"* ]] ||
  fail "missing configuration message: $out"
cp "$tmp/one.nix" "$HOME/.config/home-manager/home.nix"

# A store whose nix/store is not /nix/store: the build succeeds, but its
# result cannot serve a home, and the message says why.
out="$(cd "$tmp" && HEARTH_STORE="$tmp/unmounted" hm build 2>&1)" && fail "build into an unmounted store succeeded"
[[ "$out" == *"which does not exist on this machine"*"hint: a home needs its store's nix/store at /nix/store"* ]] ||
  fail "unmounted store message: $out"
rm -f "$tmp/result"

hm switch > "$tmp/out" 2>&1 || fail "first switch: $(cat "$tmp/out")"
expect_eq "$(cat "$HOME/.hello")" "one" "first switch .hello"
expect_eq "$(cat "$HOME/.config/app/conf")" "conf" "first switch conf"
[[ "$(readlink "$HOME/.hello")" == /nix/store/*-home-manager-files/.hello ]] || fail "link not through home-files"

hm -f "$tmp/two.nix" switch > "$tmp/out" 2>&1 || fail "second switch: $(cat "$tmp/out")"
expect_eq "$(cat "$HOME/.hello")" "two" "second switch .hello"
[[ -e "$HOME/.gone" ]] && fail "orphan .gone was not removed"
expect_eq "$(cat "$HOME/.greeted")" "greeted" "activation entry ran"

gens="$(hm generations)"
expect_eq "$(wc -l <<< "$gens")" "2" "two generations"
[[ "$(head -n 1 <<< "$gens")" =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}\ [0-9]{2}:[0-9]{2}\ :\ id\ 2\ -\>\ /nix/store/.*-home-manager-generation\ \(current\)$ ]] ||
  fail "generations listing: $gens"
hm packages > "$tmp/out"
grep -qx "hm-session-vars.sh" "$tmp/out" || fail "packages: $(cat "$tmp/out")"

hm switch --rollback > "$tmp/out" 2>&1 || fail "rollback: $(cat "$tmp/out")"
expect_eq "$(cat "$HOME/.hello")" "one" "rollback .hello"
expect_eq "$(cat "$HOME/.gone")" "bye" "rollback .gone"
[[ "$(hm generations | grep current)" == *": id 1 -> "* ]] || fail "rollback current: $(hm generations)"

out="$(hm remove-generations 1 2>&1)" && fail "removed the current generation"
expect_eq "$out" "Cannot remove the current generation 1" "remove current"
expect_eq "$(hm remove-generations 2)" "Removing generation 2" "remove 2"
expect_eq "$(hm remove-generations 9 2>&1)" "No generation with ID 9" "remove missing"
expect_eq "$(hm generations | wc -l)" "1" "one generation left"
expect_eq "$(hm expire-generations 2>&1)" "expire-generations expects one argument, got 0." "expire arity"
hm expire-generations "-1 days" > /dev/null || fail "expire"

# A collision: refused, then moved aside with -b.
rm "$HOME/.hello"
echo "user's hello" > "$HOME/.hello"
hm switch > "$tmp/out" 2>&1 && fail "collision not refused"
grep -qF "Existing file '$HOME/.hello' would be clobbered" "$tmp/out" || fail "collision message: $(cat "$tmp/out")"
hm switch -b bak > "$tmp/out" 2>&1 || fail "switch -b: $(cat "$tmp/out")"
expect_eq "$(cat "$HOME/.hello.bak")" "user's hello" "backup"
expect_eq "$(cat "$HOME/.hello")" "one" "linked after backup"

# Dry run changes nothing.
before="$(find "$HOME" -printf '%p %l\n' | sort)"
hm -n -f "$tmp/two.nix" switch > "$tmp/out" 2>&1 || fail "dry run: $(cat "$tmp/out")"
grep -q "^This is a dry run$" "$tmp/out" || fail "dry run notice: $(cat "$tmp/out")"
expect_eq "$(find "$HOME" -printf '%p %l\n' | sort)" "$before" "dry run changed the home"

out="$(hm --flake . switch 2>&1)" && fail "--flake accepted"
[[ "$out" == *"--flake is not supported"* ]] || fail "--flake message: $out"

checks_done
