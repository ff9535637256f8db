#!/usr/bin/env bash
# Evaluates Hearth's system modules and Home Manager's NixOS module with an
# evaluator ($EVAL, default nix-instantiate; e.g. EVAL="hearth instantiate")
# against the stand-in <nixpkgs> and Home Manager modules in stubs/:
#   cases/NAME/   configuration.nix; manifest.json is the whole expected
#                 manifest, units/ and user-units/ hold expected unit texts,
#                 probe.nix/probe.json check values outside the manifest
#   errors/NAME.nix with NAME.err: evaluation must fail and print NAME.err
#                 (leading blanks ignored; @case@ stands for NAME.nix's path)
#   integration:  each case's configuration with the shipped Home Manager
#                 modules and package set (integration.pending: not yet)
#                 and the Debian packages of the machine's apt sources
#                 (an index `hearth lock index` writes, for either
#                 evaluator); skipped without a hearth binary or apt index
# Usage: nixos.test.sh [hearth-binary] (set EVAL for the evaluator).
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
share="$(cd "$here/../../share/hearth" && pwd)"
EVAL="${EVAL:-nix-instantiate}"
# Nothing is built; a dummy store keeps the run away from /nix.
export NIX_REMOTE="${NIX_REMOTE:-dummy://}"
search=(-I "nixpkgs=$here/stubs/nixpkgs" -I "home-manager=$here/stubs/home-manager")

errfile="$(mktemp)"
index="$(mktemp -d)"
trap 'rm -rf "$errfile" "$index"' EXIT

passed=0
failed=0
fail() {
  echo "FAIL $1"
  failed=$((failed + 1))
}

# evaluate ATTR CASE-DIR: the JSON of check.nix's ATTR, or fails.
evaluate() {
  $EVAL --eval --strict --json "${search[@]}" "$here/check.nix" --arg dir "$2" -A "$1" 2>"$errfile"
}

# Strips each line's leading blanks, so that evaluators may indent error
# messages as they like.
unindent() { sed -e 's/^[[:space:]]*//'; }

for dir in "$here"/cases/*/; do
  dir="${dir%/}"
  name="cases/$(basename "$dir")"
  ok=1
  if ! manifest="$(evaluate manifest "$dir")"; then
    fail "$name: evaluation failed"
    sed 's/^/    /' "$errfile"
    continue
  fi
  if [ "$manifest" != "$(cat "$dir/manifest.json")" ]; then
    fail "$name: manifest differs"
    diff <(tr ',' '\n' <"$dir/manifest.json") <(tr ',' '\n' <<<"$manifest") | sed 's/^/    /' | head -40
    ok=0
  fi
  units="$(evaluate unitFailures "$dir")"
  if [ "$units" != "[]" ]; then
    fail "$name: unit texts differ: $units"
    ok=0
  fi
  if [ -e "$dir/probe.json" ]; then
    probe="$(evaluate probe "$dir")"
    if [ "$probe" != "$(cat "$dir/probe.json")" ]; then
      fail "$name: probe differs"
      echo "    expected: $(cat "$dir/probe.json")"
      echo "    actual:   $probe"
      sed 's/^/    /' "$errfile"
      ok=0
    fi
  fi
  if [ "$ok" = 1 ]; then
    echo "ok   $name"
    passed=$((passed + 1))
  fi
done

for case in "$here"/errors/*.nix; do
  name="errors/$(basename "$case" .nix)"
  if out="$($EVAL --eval --strict --json "${search[@]}" "$share/nixos" --arg configuration "$case" -A manifest 2>"$errfile")"; then
    fail "$name: evaluation succeeded: $out"
    continue
  fi
  actual="$(unindent <"$errfile")"
  expected="$(sed "s|@case@|$case|g" "${case%.nix}.err" | unindent)"
  if [[ "$actual" == *"$expected"* ]]; then
    echo "ok   $name"
    passed=$((passed + 1))
  else
    fail "$name: error differs"
    echo "    expected:"
    sed 's/^/      /' "${case%.nix}.err"
    echo "    actual:"
    sed 's/^/      /' "$errfile"
  fi
done

# Every case's configuration again, with the Home Manager modules and the
# package set Hearth ships instead of the stand-ins: the whole manifest
# must evaluate. Cases listed in integration.pending are known not to yet
# (what they lack is printed); one of them passing fails the run, so that
# the list only shrinks.
if [ -z "${1:-}" ] || ! HEARTH_DEBIAN_INDEX="$("$1" lock index "$index/debian" 2>"$errfile")"; then
  echo "skip integration: no Debian package index ($(head -n 1 "$errfile"))"
elif [ -e "$share/home-manager/modules/modules.nix" ] && [ -e "$share/nixpkgs/default.nix" ]; then
  export HEARTH_DEBIAN_INDEX
  for dir in "$here"/cases/*/; do
    dir="${dir%/}"
    name="integration/$(basename "$dir")"
    pending=0
    grep -qx "$(basename "$dir")" "$here/integration.pending" && pending=1
    if $EVAL --eval --strict --json -I "nixpkgs=$share/nixpkgs" -I "home-manager=$share/home-manager" \
      "$share/nixos" --arg configuration "$dir/configuration.nix" -A manifest >/dev/null 2>"$errfile"; then
      if [ "$pending" = 1 ]; then
        fail "$name: passes now; remove it from integration.pending"
      else
        echo "ok   $name"
        passed=$((passed + 1))
      fi
    elif [ "$pending" = 1 ]; then
      echo "todo $name: $(grep -m1 '^error' "$errfile")"
    else
      fail "$name: evaluation failed"
      sed 's/^/    /' "$errfile"
    fi
  done
else
  echo "skip integration: share/hearth has no Home Manager modules or package set yet"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
