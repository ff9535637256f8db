#!/usr/bin/env bash
# Runs every tests/lib/cases/*.nix through runner.nix with an evaluator
# ($EVAL, default nix-instantiate; e.g. EVAL="hearth instantiate") and
# prints each failing record. Usage: lib.test.sh [hearth-binary] (unused).
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
EVAL="${EVAL:-nix-instantiate}"
# Nothing here builds; a dummy store keeps the run independent of /nix.
export NIX_REMOTE="${NIX_REMOTE:-dummy://}"

errfile="$(mktemp)"
trap 'rm -f "$errfile"' EXIT

passed=0
failed=0
for case in "$here"/cases/*.nix; do
  name="$(basename "$case" .nix)"
  if ! out="$($EVAL --eval --strict --json "$here/runner.nix" --arg file "$case" 2>"$errfile")"; then
    echo "FAIL $name: evaluation failed"
    sed 's/^/    /' "$errfile"
    failed=$((failed + 1))
    continue
  fi
  p="$(grep -o '"passed":[0-9]*' <<<"$out" | cut -d: -f2)"
  f="$(grep -o '"failed":[0-9]*' <<<"$out" | cut -d: -f2)"
  if [ -z "$p" ] || [ -z "$f" ]; then
    echo "FAIL $name: unexpected output: $out"
    failed=$((failed + 1))
    continue
  fi
  passed=$((passed + p))
  failed=$((failed + f))
  if [ "$f" -ne 0 ]; then
    echo "FAIL $name: $f failing"
    # Decode the JSON string list enough for reading: one record per line.
    sed -e 's/.*"report":\[//' -e 's/\]}$//' <<<"$out" |
      sed -e 's/","/"\n"/g' |
      sed -e 's/^"//' -e 's/"$//' -e 's/\\n/\n    /g' -e 's/\\"/"/g' -e 's/\\\\/\\/g' |
      sed 's/^/  /'
  else
    echo "ok   $name: $p"
  fi
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
