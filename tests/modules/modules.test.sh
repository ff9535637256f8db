#!/usr/bin/env bash
# Runs every Home Manager module test case of tests/modules (listed by
# list.nix) with an evaluator: $EVAL, default nix-instantiate; e.g.
# EVAL="hearth instantiate". Only --eval --strict --json, -A and --arg(str)
# are used. A normal case passes when every file in its `test.expected`
# matches byte for byte; a case with <name>-expected.err must fail with
# that text in its error output (leading blanks of each line ignored).
# Usage: modules.test.sh [hearth-binary] (unused) [case-id-substring]
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
EVAL="${EVAL:-nix-instantiate}"
filter="${2:-}"
# Nothing is built; a dummy store keeps the run independent of /nix.
export NIX_REMOTE="${NIX_REMOTE:-dummy://}"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# Decodes a JSON string literal (with its quotes) well enough for reading.
json_string() {
  local s="$1"
  s="${s#\"}"
  s="${s%\"}"
  s="${s//\\\"/\"}"
  printf '%b' "${s//\\u001b/\\033}"
}

# Strips leading blanks from every line: evaluators indent error text
# differently.
unindent() { sed 's/^[[:space:]]*//'; }

if ! list="$($EVAL --eval --strict --json "$here/list.nix" 2>"$tmp/err")"; then
  echo "FAIL listing cases:"
  cat "$tmp/err"
  exit 1
fi

passed=0
failed=0
# One {"err":"dir/file-expected.err" or "","id":"dir/name"} object per case.
while read -r obj; do
  id="$(sed -n 's/.*"id":"\([^"]*\)".*/\1/p' <<<"$obj")"
  [ -z "$id" ] && continue
  [[ -n "$filter" && "$id" != *"$filter"* ]] && continue
  err="$(sed -n 's/.*"err":"\([^"]*\)".*/\1/p' <<<"$obj")"

  if [ -n "$err" ]; then
    errfile="$here/$err"
    if $EVAL --eval --strict --json "$here/harness.nix" --argstr id "$id" -A failures >"$tmp/out" 2>"$tmp/err"; then
      echo "FAIL $id: evaluation succeeded, expected an error"
      failed=$((failed + 1))
      continue
    fi
    got="$(unindent <"$tmp/err")"
    want="$(unindent <"$errfile")"
    if [[ "$got" == *"$want"* ]]; then
      echo "ok   $id"
      passed=$((passed + 1))
    else
      echo "FAIL $id: error output lacks the expected message"
      echo "  expected:"
      sed 's/^/    /' "$errfile"
      echo "  got:"
      sed 's/^/    /' "$tmp/err"
      failed=$((failed + 1))
    fi
    continue
  fi

  if ! out="$($EVAL --eval --strict --json "$here/harness.nix" --argstr id "$id" -A failures 2>"$tmp/err")"; then
    echo "FAIL $id: evaluation failed"
    sed 's/^/    /' "$tmp/err"
    failed=$((failed + 1))
    continue
  fi
  if [ "$out" = "[]" ]; then
    echo "ok   $id"
    passed=$((passed + 1))
    continue
  fi

  echo "FAIL $id:"
  failed=$((failed + 1))
  # Show a diff per mismatching key, asking for each text separately.
  for key in $(grep -o '"key":"[^"]*"' <<<"$out" | sed 's/"key":"\(.*\)"/\1/'); do
    echo "  $key differs (- expected, + actual):"
    for which in expected actual; do
      raw="$($EVAL --eval --strict --json "$here/harness.nix" --argstr id "$id" --argstr key "$key" -A "$which" 2>&1)"
      json_string "$raw" >"$tmp/$which"
    done
    diff -u "$tmp/expected" "$tmp/actual" | tail -n +3 | sed 's/^/    /'
  done
done < <(sed -e 's/^\[//' -e 's/\]$//' -e 's/},{/}\n{/g' <<<"$list")

# Files evaluating to the list of their failing checks: the entry point
# `home-manager` evaluates, end to end (entry.nix), and lib.hm (lib-hm.nix).
for check in entry lib-hm; do
  if ! out="$($EVAL --eval --strict --json "$here/$check.nix" 2>"$tmp/err")"; then
    echo "FAIL $check: evaluation failed"
    sed 's/^/    /' "$tmp/err"
    failed=$((failed + 1))
  elif [ "$out" != "[]" ]; then
    echo "FAIL $check: $out"
    failed=$((failed + 1))
  else
    echo "ok   $check"
    passed=$((passed + 1))
  fi
done

# Text of KEY for case ID, decoded from JSON.
text_of() {
  json_string "$($EVAL --eval --strict --json "$here/harness.nix" --argstr id "$1" --argstr key "$2" -A actual)"
}

# Generated shell files must parse, and hm-session-vars.sh must give the
# same environment in every POSIX shell, sourced once or twice.
for key in home-files/.bashrc home-files/.profile home-files/.bash_profile; do
  text_of programs/bash/bash-aliases-and-options "$key" >"$tmp/file"
  if bash -n "$tmp/file" 2>"$tmp/err"; then
    echo "ok   bash -n $key"
    passed=$((passed + 1))
  else
    echo "FAIL bash -n $key:"
    sed 's/^/    /' "$tmp/err"
    failed=$((failed + 1))
  fi
done

text_of home-environment/home-session-path home-path/etc/profile.d/hm-session-vars.sh >"$tmp/vars.sh"
want="/h/bin:/opt/tools/bin:/home/hm-user/.local/bin:/usr/bin:/bin|/h/.local/man|vim|1"
for sh in bash dash zsh; do
  command -v "$sh" >/dev/null || continue
  got="$(cd "$tmp" && env -i HOME=/h PATH=/usr/bin:/bin "$(command -v "$sh")" -c \
    '. ./vars.sh; . ./vars.sh; printf "%s|%s|%s|%s" "$PATH" "$MANPATH" "$EDITOR" "$__HM_SESS_VARS_SOURCED"' 2>&1)"
  if [ "$got" = "$want" ]; then
    echo "ok   $sh sources hm-session-vars.sh"
    passed=$((passed + 1))
  else
    echo "FAIL $sh sources hm-session-vars.sh: got '$got', want '$want'"
    failed=$((failed + 1))
  fi
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
