#!/usr/bin/env bash
# `hearth store profile`: generations made, switched, rolled back and
# deleted by Hearth, listed as Nix 2.8's nix-env --list-generations lists
# the same profile, with nix-env's messages.
set -euo pipefail
hearth=$(realpath "$1")
command -v nix-env >/dev/null || { echo "nix-env is not installed (scripts/deps.sh installs nix-bin)"; exit 1; }
tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
export HOME=$tmp NIX_STATE_DIR=$tmp/nix-state
cd "$tmp"

failed=0
check() { # name, expected, actual
  if [[ "$2" == "$3" ]]; then echo "ok: $1"; else echo "FAIL: $1"; echo "  expected: $2"; echo "  actual:   $3"; failed=1; fi
}
hs() { "$hearth" store --store "$tmp/st" "$@"; }
hp() { hs profile "$tmp/prof" "$@"; }
# Nix's listing of the profile is the oracle for ours.
same_listing() { check "$1: list" "$(nix-env -p "$tmp/prof" --list-generations)" "$(hp list)"; }
current() { hp list | awk '/\(current\)/ {print $1}'; }

for g in a b c d; do echo "$g" > "$g"; done
pa=$(hs add a) pb=$(hs add b) pc=$(hs add c) pd=$(hs add d)

hp set "$pa"; hp set "$pb"; hp set "$pc"
same_listing "three generations"
check "current is the newest" "3" "$(current)"
check "profile points at it" "$pc" "$(readlink -f "$tmp/prof" | sed "s|^$tmp/st||")"

check "rollback" "switching profile from version 3 to 2" "$(hp rollback 2>&1)"
same_listing "after rollback"
check "switch" "switching profile from version 2 to 3" "$(hp switch 3 2>&1)"
check "setting the current path again adds nothing" "3" "$(hp set "$pc"; hp list | wc -l)"
hp set "$pd"

set +e
err=$(hp delete 4 2>&1); code=$?
set -e
check "the current generation stays" "1|4" "$code|$(current)"
check "delete +2" "removing profile version 1
removing profile version 2" "$(hp delete +2 2>&1)"
same_listing "after +2"
check "delete old" "removing profile version 3" "$(hp delete old 2>&1)"
check "only the current is left" "4" "$(hp list | awk '{print $1}')"
check "dead generations' paths are garbage" "$pa" "$(hs gc --dry-run 2>/dev/null | grep -x "$pa")"
check "the current one's is not" "" "$(hs gc --dry-run 2>/dev/null | grep -x "$pd" || true)"

# A bare name is a profile in the store's profiles directory, a GC root.
hs profile named set "$pa"
check "named profile" "$pa" "$(readlink -f "$tmp/st/nix/var/hearth/profiles/named" | sed "s|^$tmp/st||")"
check "named profile is a root" "" "$(hs gc --dry-run 2>/dev/null | grep -x "$pa" || true)"

set +e
hp set /nix/store/00000000000000000000000000000000-missing >/dev/null 2>&1; code=$?
set -e
check "set refuses an invalid path" "1" "$code"

exit $failed
