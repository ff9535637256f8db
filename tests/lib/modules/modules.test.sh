#!/usr/bin/env bash
# modules.test.sh -- conformance cases for Hearth's module system
# (share/hearth/lib/{modules,types,options}.nix and lib/modules/).
#
# Usage: modules.test.sh [HEARTH_BINARY]   (the argument is accepted for
#        ctest's calling convention and ignored; the evaluator is $EVAL)
#
#   EVAL     evaluator command, default "nix-instantiate". It is only ever
#            called as: $EVAL --eval --strict --json FILE -A ATTR
#   FILTER   only run cases whose "FILE ATTR" matches this regex
#
# Cases live in expected.txt as blocks:
#   === FILE ATTR        JSON output must equal the following lines (joined)
#   === ! FILE ATTR      evaluation must fail; stderr, with Nix's 7-space
#                        message indentation removed, must contain the
#                        following lines verbatim
# FILE is relative to cases/. Lines starting with "#" between blocks are
# comments.

set -uo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
# shellcheck disable=SC2206 # the command may have several words
EVAL=(${EVAL:-nix-instantiate})
FILTER=${FILTER:-}
export NIX_REMOTE=${NIX_REMOTE-dummy://}
# Renames trace on use and warnings go to stderr: keep them out of JSON.
TMP=$(mktemp -d "${TMPDIR:-/tmp}/modules-test.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

pass=0 fail=0
run_case() {   # kind file attr expected
    local kind=$1 file=$2 attr=$3 expected=$4
    [[ -z "$FILTER" || "$file $attr" =~ $FILTER ]] || return 0
    local rc=0
    (cd "$HERE/cases" && timeout 60 "${EVAL[@]}" --eval --strict --json "$file" -A "$attr") \
        >"$TMP/out" 2>"$TMP/err" </dev/null || rc=$?
    local ok=0 got
    if [[ $kind == ok ]]; then
        got=$(cat "$TMP/out")
        [[ $rc == 0 && "$got" == "$expected" ]] && ok=1
    else
        got=$(sed -e 's/^       //' "$TMP/err")
        [[ $rc != 0 && "$got" == *"$expected"* ]] && ok=1
    fi
    if (( ok )); then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL: $kind $file $attr (exit $rc)"
        echo "  expected: ${expected//$'\n'/$'\n'            }"
        if [[ $kind == ok ]]; then
            echo "  got:      $got"
            [[ -s "$TMP/err" ]] && sed -e 's/^/  stderr: /' "$TMP/err" | head -n 20
        else
            echo "  stderr:"
            sed -e 's/^/    /' <<<"$got" | head -n 30
        fi
    fi
}

kind="" file="" attr="" body="" have=0
flush() {
    if (( have )); then
        while [[ "$body" == *$'\n' ]]; do body=${body%$'\n'}; done
        if [[ $kind == ok ]]; then body=${body//$'\n'/}; fi
        run_case "$kind" "$file" "$attr" "$body"
    fi
    have=0 body=""
}
while IFS= read -r line || [[ -n "$line" ]]; do
    if [[ "$line" == "# "* || "$line" == "#" ]]; then
        continue
    elif [[ "$line" == "=== "* ]]; then
        flush
        read -r -a parts <<<"${line#=== }"
        if [[ ${parts[0]} == "!" ]]; then kind=err file=${parts[1]} attr=${parts[2]}
        else kind=ok file=${parts[0]} attr=${parts[1]}; fi
        have=1 first=1
    elif (( have )); then
        if (( first )); then body=$line; first=0; else body+=$'\n'$line; fi
    fi
done < "$HERE/expected.txt"
flush

echo "modules.test.sh: $pass passed, $fail failed (evaluator: ${EVAL[*]})"
(( fail == 0 && pass > 0 ))
