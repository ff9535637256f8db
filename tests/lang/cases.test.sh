#!/usr/bin/env bash
# ctest entry for the language corpus: every case must pass except those in
# tests/lang/notyetpassing.txt, and every case listed there must still fail
# (so the list cannot go stale). Usage: cases.test.sh HEARTH
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=$(mktemp); trap 'rm -f "$out"' EXIT
FAILED_OUT=$out "$here/run-cases.sh" "$1"
known="$here/notyetpassing.txt"
status=0
while read -r name; do
  [[ -z "$name" ]] && continue # an empty failure list is one empty line
  grep -qxF "$name" <(grep -v '^#' "$known") || { echo "FAIL (regression): $name"; status=1; }
done < "$out"
while read -r name; do
  [[ -z "$name" || "$name" == \#* ]] && continue
  grep -qxF "$name" "$out" || { echo "NOW PASSING (remove from notyetpassing.txt): $name"; status=1; }
done < "$known"
exit $status
