#!/usr/bin/env bash
# Runs the helper programs.command-not-found installs (as the
# command-not-found-shells case generates it) against a programs.sqlite
# made here with sqlite3 (scripts/deps.sh): unknown commands, one and
# several providing packages, another system, a quote in the name, a
# missing database, and NIX_AUTO_RUN handing over to nix-shell.
# Usage: helper.test.sh [hearth-binary] (unused)
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
modules="$(cd "$here/../.." && pwd)"
EVAL="${EVAL:-nix-instantiate}"
export NIX_REMOTE="${NIX_REMOTE:-dummy://}"

if ! command -v sqlite3 > /dev/null; then
  echo "FAIL: no sqlite3 on this machine (scripts/deps.sh installs it)"
  exit 1
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0

if ! $EVAL --eval --strict --json "$modules/harness.nix" \
  --argstr id programs/command-not-found/command-not-found-shells \
  --argstr key home-path/bin/command-not-found -A actual 2> "$tmp/err" |
  python3 -c 'import json, sys; sys.stdout.write(json.load(sys.stdin))' > "$tmp/helper.in"; then
  cat "$tmp/err"
  echo "0 passed, 1 failed"
  exit 1
fi
# The case's database path and the stubs' placeholders, made real.
sed -e "s|/var/lib/programs.sqlite|$tmp/programs.sqlite|" \
  -e "s|@sqlite@/bin/sqlite3|$(command -v sqlite3)|" \
  -e "s|@bash@/bin/bash|$(command -v bash)|" "$tmp/helper.in" > "$tmp/helper"
chmod +x "$tmp/helper"

# check NAME WANT-STATUS WANT-STDERR [ENV=VALUE...] -- ARGS...
check() {
  local name="$1" want_status="$2" want="$3"
  shift 3
  local envs=()
  while [ "$1" != "--" ]; do
    envs+=("$1")
    shift
  done
  shift
  local got status
  got="$(env "${envs[@]}" PATH="$tmp/bin:$PATH" "$tmp/helper" "$@" 2>&1)"
  status=$?
  if [ "$status" = "$want_status" ] && [ "$got" = "$want" ]; then
    echo "ok   $name"
    passed=$((passed + 1))
  else
    echo "FAIL $name: status $status (want $want_status), output:"
    printf '%s\n' "$got" | sed 's/^/    /'
    echo "  want:"
    printf '%s\n' "$want" | sed 's/^/    /'
    failed=$((failed + 1))
  fi
}

check "no database" 127 "hello: command not found" NIX_SYSTEM=x86_64-linux -- hello

sqlite3 "$tmp/programs.sqlite" <<'SQL'
create table Programs (name text not null, system text not null, package text not null);
insert into Programs values ('hello', 'x86_64-linux', 'hello');
insert into Programs values ('vi', 'x86_64-linux', 'nvi');
insert into Programs values ('vi', 'x86_64-linux', 'vim');
insert into Programs values ('arm-only', 'aarch64-linux', 'armtool');
insert into Programs values ('it''s', 'x86_64-linux', 'quoted');
SQL

check "unknown command" 127 "nope: command not found" NIX_SYSTEM=x86_64-linux -- nope
check "one package" 127 "hello: command not found; the package hello provides it:
  nix-env -iA nixos.hello" NIX_SYSTEM=x86_64-linux -- hello
check "several packages" 127 "vi: command not found; these packages provide it:
  nix-env -iA nixos.nvi
  nix-env -iA nixos.vim" NIX_SYSTEM=x86_64-linux -- vi
check "other system" 127 "arm-only: command not found" NIX_SYSTEM=x86_64-linux -- arm-only
check "NIX_SYSTEM picks the system" 127 "arm-only: command not found; the package armtool provides it:
  nix-env -iA nixos.armtool" NIX_SYSTEM=aarch64-linux -- arm-only
check "quote in the name" 127 "it's: command not found; the package quoted provides it:
  nix-env -iA nixos.quoted" NIX_SYSTEM=x86_64-linux -- "it's"

# A nix-shell that shows what it was asked to run.
mkdir -p "$tmp/bin"
cat > "$tmp/bin/nix-shell" <<'SH'
#!/bin/sh
printf '[%s]' "$@"
exit 3
SH
chmod +x "$tmp/bin/nix-shell"
check "NIX_AUTO_RUN runs it in nix-shell" 3 "[-p][hello][--run][exec hello a\\ b ]" \
  NIX_SYSTEM=x86_64-linux NIX_AUTO_RUN=1 -- hello "a b"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
