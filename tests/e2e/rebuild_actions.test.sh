#!/usr/bin/env bash
# nixos-rebuild's actions other than switch, in a sandbox root with a small
# Home Manager user: build (./result, nothing applied), dry-build (a plan,
# nothing built), boot (a generation and the files, but nobody activated),
# dry-activate (what would change, nothing changed), test (activated, no
# new generation), then switch and list-generations.
set -euo pipefail
hearth=$(realpath "$1")
src=${HEARTH_SOURCE:-$(cd "$(dirname "$0")/../.." && pwd)}
source "$src/scripts/lib/in-root.sh"
[[ $(id -u) == 0 ]] || { echo "SKIPPED: needs root (creating eve's account and home)"; exit 0; }
tmp=$(mktemp -d /var/tmp/hearth-rebuild-XXXXXX)
trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
root=$tmp/root
mkdir -p "$root/etc"
chmod 755 "$tmp" "$root"
cp /etc/passwd /etc/group "$root/etc/"
fail() { echo "FAIL: $*"; exit 1; }
config() {
  cat >"$tmp/configuration.nix" <<NIX
{
  imports = [ <home-manager/nixos> ];
  users.users.eve.isNormalUser = true;
  home-manager.users.eve = {
    home.stateVersion = "25.11";
    home.file."hello.txt".text = "$1\n";
  };
}
NIX
}
# rebuild ACTION [ARGS]: its output in $tmp/log; fails the test on error.
rebuild() {
  (cd "$tmp" && HEARTH_CHANNELS_DIR=$tmp/channels "$hearth" system "$@" --root "$root" \
    -I nixos-config="$tmp/configuration.nix") >"$tmp/log" 2>&1 ||
    { cat "$tmp/log"; fail "nixos-rebuild $* exited $?"; }
}
generations() { (cd "$tmp" && "$hearth" system list-generations --root "$root") | grep "^ *[0-9]" || true; }

config one
rebuild dry-build
grep -q "these .* derivations will be built\|this derivation will be built" "$tmp/log" ||
  { cat "$tmp/log"; fail "dry-build printed no plan"; }
[[ -z $(ls "$root/nix/store" 2>/dev/null | grep -- '-hearth-system$') ]] || fail "dry-build built the system"

rebuild build
[[ $(readlink "$tmp/result") == /nix/store/*-hearth-system ]] || fail "build made no ./result"
[[ ! -e $root/home/eve && -z $(generations) ]] || fail "build applied the configuration"

rebuild boot
grep -q "take effect when the machine boots next" "$tmp/log" || { cat "$tmp/log"; fail "boot message"; }
grep -q "^eve:" "$root/etc/passwd" || fail "boot did not create eve"
[[ -f $root/etc/systemd/system/home-manager-eve.service ]] || fail "boot did not install the unit"
[[ ! -L $root/home/eve/hello.txt ]] || fail "boot activated eve's home"
[[ $(generations | wc -l) == 1 ]] || fail "boot: generations: $(generations)"

rebuild dry-activate
grep -q "would start the following units: home-manager-eve.service" "$tmp/log" ||
  { cat "$tmp/log"; fail "dry-activate did not say what it would start"; }
[[ ! -L $root/home/eve/hello.txt && ! -e $root/run/current-system ]] || fail "dry-activate changed something"

config two
rebuild test
hello() { cat "$(in_root "$root" /home/eve/hello.txt)"; }
[[ $(hello) == two ]] || fail "test did not activate eve's home"
[[ $(generations | wc -l) == 1 ]] || fail "test added a generation: $(generations)"

rebuild switch
[[ $(hello) == two ]] || fail "switch"
[[ $(generations | wc -l) == 2 ]] || fail "switch added no generation: $(generations)"
generations | grep -q '^2 current ' || fail "generation 2 is not current: $(generations)"
echo "ok: build, dry-build, boot, dry-activate, test, switch, list-generations"
