#!/usr/bin/env bash
# hearth build --eval-cache (what home-manager switch uses): an unchanged
# evaluation is not run again; a changed input is evaluated and built anew.
set -euo pipefail
hearth=$(realpath "$1")
tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp"; rm -rf "$tmp"' EXIT
export HEARTH_STORE=$tmp/store
mkdir "$tmp/conf" && cd "$tmp/conf"
cat >default.nix <<'NIX'
builtins.trace "evaluating" (derivation {
  name = "msg"; system = builtins.currentSystem; builder = "/bin/sh";
  args = [ "-c" "echo ${builtins.readFile ./msg} > $out" ];
})
NIX
printf one >msg
build() { "$hearth" build --eval-cache --no-out-link 2>"$tmp/err"; }
fail() { echo "FAIL: $*"; cat "$tmp/err"; exit 1; }
first=$(build); grep -q "trace: evaluating" "$tmp/err" || fail "the first build did not evaluate"
[[ $(cat "$HEARTH_STORE$first") == one ]] || fail "first output"
second=$(build); ! grep -q "trace: evaluating" "$tmp/err" || fail "the unchanged build evaluated again"
[[ $second == "$first" ]] || fail "the cached build gave $second, not $first"
printf two >msg
third=$(build); grep -q "trace: evaluating" "$tmp/err" || fail "a changed input was not evaluated"
[[ $(cat "$HEARTH_STORE$third") == two ]] || fail "the changed input's output is $(cat "$HEARTH_STORE$third")"
# Without --eval-cache every build evaluates.
"$hearth" build --no-out-link >/dev/null 2>"$tmp/err"; grep -q "trace: evaluating" "$tmp/err" || fail "plain build"
echo ok
