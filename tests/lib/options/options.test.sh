#!/usr/bin/env bash
# `hearth options`: each case's output, with the cases directory cut out of
# declaration paths, must equal its expected file byte for byte. The JSON
# cases also run share/hearth/lib/docs/options-json.nix under nix-instantiate
# (when installed), which must print the same JSON.
# Usage: options.test.sh HEARTH_BINARY
set -uo pipefail
hearth=$(cd "$(dirname "$1")" && pwd -P)/$(basename "$1") # the cases run in cases/
here=$(cd "$(dirname "$0")" && pwd -P)
cases=$here/cases
share=$(cd "$here/../../../share/hearth" && pwd -P)
export NIX_REMOTE=${NIX_REMOTE-dummy://}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/options-test.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

pass=0 fail=0
compare() { # name expected-file actual-file
    if cmp -s "$2" "$3"; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL: $1"
        diff <(tr ',' '\n' <"$2") <(tr ',' '\n' <"$3") | head -n 20
    fi
}

# case NAME EXPECTED [hearth options args...]: Hearth's output.
hearth_case() {
    local name=$1 expected=$2
    shift 2
    (cd "$cases" && "$hearth" options "$@") 2>"$tmp/err" | sed "s|$cases/||g" >"$tmp/out"
    compare "$name" "$here/$expected" "$tmp/out"
}

# nix_case NAME EXPECTED VALUE-EXPR FILE: the helper under Nix.
nix_case() {
    command -v nix-instantiate >/dev/null || return 0
    local name=$1 expected=$2 value=$3 file=$4
    (cd "$cases" && nix-instantiate --eval --strict --json -E \
        "(import $share/lib/docs/options-json.nix { } { value = $value; file = \"$cases/$file\"; }).json") \
        2>"$tmp/err" | sed "s|$cases/||g" | awk 1 >"$tmp/out" # Nix 2.8 ends without a newline
    compare "nix: $name" "$here/$expected" "$tmp/out"
}

hearth_case basic expected/basic.json --json basic.nix
nix_case basic expected/basic.json "import ./basic.nix" basic.nix
grep -q "option services.demo.untyped has no description" "$tmp/err" ||
    { fail=$((fail + 1)); echo "FAIL: nix: no warning for a missing description"; }
hearth_case basic-text expected/basic.txt basic.nix
hearth_case basic-internal expected/basic-internal.json --json --include-internal basic.nix
hearth_case list expected/list.json --json list.nix
nix_case list expected/list.json "import ./list.nix" list.nix
hearth_case configuration expected/configuration.json --json configuration.nix -A eval --argstr greeting hi
nix_case configuration expected/configuration.json "(import ./configuration.nix { greeting = \"hi\"; }).eval" configuration.nix
hearth_case option-tree expected/configuration.json --json configuration.nix -A eval.options --argstr greeting hi
hearth_case result-like expected/configuration.json --json configuration.nix -A resultLike --argstr greeting hi
nix_case result-like expected/configuration.json "(import ./configuration.nix { greeting = \"hi\"; }).resultLike" configuration.nix

# A value that is no module fails with the module system's message.
if (cd "$cases" && "$hearth" options --json not-a-module.nix) >/dev/null 2>"$tmp/err"; then
    fail=$((fail + 1)); echo "FAIL: not-a-module: succeeded"
elif ! grep -q "expected a module, a list of modules, an evaluated configuration" "$tmp/err"; then
    fail=$((fail + 1)); echo "FAIL: not-a-module: unexpected error"; head -n 20 "$tmp/err"
else
    pass=$((pass + 1))
fi
# An option whose default throws: the error says which option.
if (cd "$cases" && "$hearth" options --json default-throws.nix) >/dev/null 2>"$tmp/err"; then
    fail=$((fail + 1)); echo "FAIL: default-throws: succeeded"
elif ! grep -q "while evaluating the default value of option \`x\`" "$tmp/err" || ! grep -q "no default here" "$tmp/err"; then
    fail=$((fail + 1)); echo "FAIL: default-throws: unexpected error"; head -n 20 "$tmp/err"
else
    pass=$((pass + 1))
fi
# Usage errors.
for args in "" "--json" "--bogus x.nix" "a.nix b.nix"; do
    # shellcheck disable=SC2086 # word splitting wanted
    if "$hearth" options $args >/dev/null 2>&1; then
        fail=$((fail + 1)); echo "FAIL: usage '$args': succeeded"
    else
        pass=$((pass + 1))
    fi
done

echo "options.test.sh: $pass passed, $fail failed"
(( fail == 0 ))
