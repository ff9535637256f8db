#!/usr/bin/env bash
# Runs the language corpus (tests/lang/cases) with an evaluator and compares
# against the expected files. Usage: run-cases.sh HEARTH [NAME-REGEX]
# Prints one line per failing case and a summary; writes the names of the
# failing cases to $FAILED_OUT when set.
set -uo pipefail
H=$(realpath "$1")
FILTER=${2:-}
DIR=$(cd "$(dirname "$0")/cases" && pwd -P)
cd "$DIR"
export HOME=/home/hearth-test NIX_PATH= TEST_VAR=foo NIX_REMOTE=dummy://
pass=0 fail=0 failed=()
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
for f in eval-okay-*.nix eval-fail-*.nix parse-okay-*.nix parse-fail-*.nix; do
  name=${f%.nix}
  [[ -n "$FILTER" && ! "$name" =~ $FILTER ]] && continue
  flags=()
  [[ -f $name.flags ]] && read -r -a flags < "$name.flags"
  case $name in
    parse-*) "$H" instantiate --parse "$f" >"$tmp/out" 2>"$tmp/err"; rc=$? ;;
    *) timeout 20 "$H" instantiate --eval --strict "$f" "${flags[@]}" >"$tmp/out" 2>"$tmp/err"; rc=$? ;;
  esac
  sed -i "s|$DIR|/pwd|g" "$tmp/out" "$tmp/err"
  ok=1
  case $name in
    eval-okay-*|parse-okay-*)
      [[ $rc == 0 ]] || ok=0
      cmp -s "$tmp/out" "$name.exp" || ok=0
      if [[ -f $name.err.exp ]]; then cmp -s "$tmp/err" "$name.err.exp" || ok=0; fi ;;
    *)
      [[ $rc != 0 && $rc != 124 ]] || ok=0
      cmp -s "$tmp/err" "$name.err.exp" || ok=0 ;;
  esac
  if ((ok)); then pass=$((pass+1)); else fail=$((fail+1)); failed+=("$name"); fi
done
[[ -n "${FAILED_OUT:-}" ]] && printf '%s\n' "${failed[@]}" > "$FAILED_OUT"
echo "passed $pass, failed $fail"
