#!/usr/bin/env bash
# The REPL's :sh and :u start an interactive bash (through `script`, so it
# has a terminal) in a derivation's environment, as nix-shell does; the
# session goes on when it exits. :u builds Hearth's stdenv and runCommand, so
# the shell sources a real $stdenv/setup: the store is bound on /nix/store in
# a private mount namespace, where its paths resolve (needs root; skips
# without). Usage: repl_shell.test.sh /path/to/hearth
set -euo pipefail
hearth="$(realpath "$1")"
src="${HEARTH_SOURCE:-$(cd "$(dirname "$0")/../.." && pwd)}"
. "$src/tests/e2e/lib/private-store.sh"
private_store_or_skip "$@"
mkdir -p "$tmp/home"
export HOME="$tmp/home" NIX_PATH= NIX_BUILD_SHELL=bash TMPDIR="$tmp"
unset NIX_SHELL_PRESERVE_PROMPT || true

drv='derivation { name = "y"; builder = "/bin/sh"; args = [ "-c" "echo hi > $out" ]; system = "x86_64-linux"; FOO = "bar"; passAsFile = [ "big" ]; big = "lots"; }'
# Everything is typed at once: readline reads one key at a time, so the
# lines after :sh or :u wait in the terminal for the shell to read them.
cat >"$tmp/input" <<IN
:sh $drv
echo "sh: FOO=\$FOO shell=\$IN_NIX_SHELL big=\$(cat \$bigPath) top=\${NIX_BUILD_TOP%-*}"
exit
:u $drv
echo "u: name=\$name setup=\$(type -t runHook) input=\$(cat \$buildInputs)"
exit
1 + 1
:q
IN
(cd "$tmp" && timeout 120 script -qfec "'$hearth' repl -I nixpkgs='$src/share/hearth/nixpkgs'" /dev/null \
  <"$tmp/input" >"$tmp/raw")
# Without colours and carriage returns.
sed 's/\x1b\[[0-9;?]*[a-zA-Z]//g' "$tmp/raw" | tr -d '\r' >"$tmp/out"

failed=0
expect() {
  if grep -qxF "$1" "$tmp/out"; then
    echo "ok   $2"
  else
    echo "FAIL $2: no line '$1' in:"
    cat "$tmp/out"
    failed=$((failed + 1))
  fi
}
expect "sh: FOO=bar shell=impure big=lots top=$tmp/nix-shell" ":sh environment"
expect "u: name=shell setup=function input=hi" ":u runCommand with the derivation as input"
expect "2" "the session goes on after the shells"
# The shells' build directories are gone.
if ls "$tmp" | grep -q '^nix-shell-'; then
  echo "FAIL: a nix-shell directory was left in $tmp"
  failed=$((failed + 1))
fi
[ "$failed" -eq 0 ]
