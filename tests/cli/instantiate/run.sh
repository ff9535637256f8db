#!/usr/bin/env bash
# Runs the `instantiate` output cases (tests/cli/instantiate/cases) with a
# nix-instantiate-compatible command and compares stdout with NAME.exp (and
# stderr with NAME.err.exp, for a case that must fail).
# Usage: run.sh "COMMAND..." [NAME-REGEX]; prints failing cases and a summary,
# exits 1 when any case fails.
set -uo pipefail
read -r -a cmd <<<"$1"
filter=${2:-}
dir=$(cd "$(dirname "$0")/cases" && pwd -P)
cd "$dir"
export HOME=/home/hearth-test NIX_PATH= NIX_REMOTE=dummy:// LC_ALL=C.UTF-8 TZ=UTC
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
for f in *.nix; do
  name=${f%.nix}
  [[ -n $filter && ! $name =~ $filter ]] && continue
  flags=(--eval)
  [[ -f $name.flags ]] && read -r -a flags <"$name.flags"
  # A case whose flags end in "-" is read from stdin (a position without a file).
  if [[ ${flags[-1]} == - ]]; then
    timeout 20 "${cmd[@]}" "${flags[@]}" <"$f" >"$tmp/out" 2>"$tmp/err"
  else
    timeout 20 "${cmd[@]}" "${flags[@]}" "$f" >"$tmp/out" 2>"$tmp/err"
  fi
  rc=$?
  sed -i "s|$dir|/pwd|g" "$tmp/out" "$tmp/err"
  [[ -f $name.sed ]] && sed -i -f "$name.sed" "$tmp/out" "$tmp/err"
  # A case with NAME.err.exp must fail with that on stderr.
  ok=0
  if [[ -f $name.err.exp ]]; then
    [[ $rc != 0 && $rc != 124 ]] && cmp -s "$tmp/err" "$name.err.exp" && ok=1
  else
    [[ $rc == 0 ]] && ok=1
  fi
  if ((ok)) && cmp -s "$tmp/out" "$name.exp"; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL $name (exit $rc)"
    diff "$name.exp" "$tmp/out" | head -20
    if [[ -f $name.err.exp ]]; then diff "$name.err.exp" "$tmp/err" | head -20; else head -5 "$tmp/err"; fi
  fi
done
echo "passed $pass, failed $fail"
((fail == 0))
