#!/usr/bin/env bash
# Tests of Hearth's package set (share/hearth/nixpkgs).
#  1. Evaluation cases (cases/*.nix through runner.nix) under $EVAL
#     (default nix-instantiate; only --eval --strict --json and --arg).
#  2. Refusal messages: the exact text of check-meta's messages, and that
#     forcing a refused package throws it.
#  3. Real builds (builds.nix) with Nix 2.8's nix-build in a throwaway
#     store, each output's tree compared with expected/<name>.txt; needs
#     root for the chroot store and is skipped (with a notice) when the
#     host cannot build a plain derivation at all.
# Usage: nixpkgs.test.sh [hearth-binary] (unused). NIXPKGS_TEST_BUILD=0
# skips part 3; NIXPKGS_TEST_REGEN=1 rewrites the expected files.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
src="$(cd "$here/../../share/hearth/nixpkgs" && pwd)"
EVAL="${EVAL:-nix-instantiate}"

tmp="$(mktemp -d)"
trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
export HOME="$tmp/home"
mkdir -p "$HOME"
unset NIXPKGS_CONFIG NIXPKGS_ALLOW_UNFREE NIXPKGS_ALLOW_BROKEN NIXPKGS_ALLOW_INSECURE NIXPKGS_ALLOW_UNSUPPORTED_SYSTEM
export NIX_PATH="nixpkgs=$src"

passed=0
failed=0
fail() {
    echo "FAIL $1"
    failed=$((failed + 1))
}

# 1. Evaluation cases ------------------------------------------------------
for case in "$here"/cases/*.nix; do
    name="$(basename "$case" .nix)"
    if ! out="$(NIX_REMOTE="${NIX_REMOTE:-dummy://}" $EVAL --eval --strict --json "$here/runner.nix" --arg file "$case" 2>"$tmp/err")"; then
        fail "$name: evaluation failed"
        sed 's/^/    /' "$tmp/err" | head -40
        continue
    fi
    p="$(grep -o '"passed":[0-9]*' <<<"$out" | cut -d: -f2)"
    f="$(grep -o '"failed":[0-9]*' <<<"$out" | cut -d: -f2)"
    if [ -z "$p" ] || [ -z "$f" ]; then
        fail "$name: unexpected output: $out"
        continue
    fi
    passed=$((passed + p))
    failed=$((failed + f))
    if [ "$f" -ne 0 ]; then
        echo "FAIL $name: $f failing"
        sed -e 's/.*"report":\[//' -e 's/\]}$//' <<<"$out" |
            sed -e 's/","/"\n"/g' |
            sed -e 's/^"//' -e 's/"$//' -e 's/\\n/\n    /g' -e 's/\\"/"/g' -e 's/\\\\/\\/g' |
            sed 's/^/  /'
    else
        echo "ok   $name: $p"
    fi
done

# 2. Refusal messages ------------------------------------------------------
# Each messages/<case>.nix evaluates to a message string; its expected text
# is messages/<case>.txt.
for case in "$here"/messages/*.nix; do
    name="messages/$(basename "$case" .nix)"
    want="${case%.nix}.txt"
    if ! NIX_REMOTE="${NIX_REMOTE:-dummy://}" $EVAL --eval --strict --json "$case" >"$tmp/msg.json" 2>"$tmp/err"; then
        fail "$name: evaluation failed"
        sed 's/^/    /' "$tmp/err" | head -20
        continue
    fi
    # The JSON string, unescaped enough for these messages.
    # Evaluators differ in the newlines after the value; keep exactly one.
    msg="$(sed -e 's/^"//' -e 's/"$//' -e 's/\\n/\n/g' -e 's/\\"/"/g' -e 's/\\\\/\\/g' "$tmp/msg.json")"
    printf '%s\n' "$msg" >"$tmp/msg.txt"
    if [ "${NIXPKGS_TEST_REGEN:-0}" = 1 ]; then cp "$tmp/msg.txt" "$want"; fi
    if diff -u "$want" "$tmp/msg.txt" >"$tmp/diff"; then
        echo "ok   $name"
        passed=$((passed + 1))
    else
        fail "$name: message differs"
        sed 's/^/    /' "$tmp/diff"
    fi
done

# Forcing a refused package throws the message; its meta stays readable.
refusal() {
    local label="$1" expr="$2" needle="$3"
    if NIX_REMOTE="${NIX_REMOTE:-dummy://}" $EVAL --eval --strict -E "$expr" >/dev/null 2>"$tmp/err"; then
        fail "refusal/$label: evaluation succeeded"
    elif grep -qF -- "$needle" "$tmp/err"; then
        echo "ok   refusal/$label"
        passed=$((passed + 1))
    else
        fail "refusal/$label: message not found: $needle"
        sed 's/^/    /' "$tmp/err" | head -20
    fi
}
refused="$here/refused.nix"
refusal unfree "(import $refused).unfree.outPath" "Package ‘secret-1.0’ in $refused:10 has an unfree license (‘unfree’), refusing to evaluate."
refusal unfree-hint "(import $refused).unfree.drvPath" '{ nixpkgs.config.allowUnfreePredicate = pkg: builtins.elem (lib.getName pkg) ['
refusal broken "(import $refused).broken.outPath" "Package ‘old-2’ in $refused:15 is marked as broken, refusing to evaluate."

# 3. Real builds -------------------------------------------------------------
# Store paths differ with every change to the stdenv, so trees are
# compared with hashes replaced by HASH.
normalise() { sed -E 's|/nix/store/[a-z0-9]{32}-|/nix/store/HASH-|g'; }

noNewline() {
    if [ -s "$1" ] && [ -n "$(tail -c 1 "$1")" ]; then echo "  (no newline at end of file)"; fi
}

# A listing of an output: one line per entry, symlinks with their target,
# files with their mode and contents.
dumpTree() {
    local root="$1"
    if [ -f "$root" ] && [ ! -L "$root" ]; then
        echo "file $( [ -x "$root" ] && echo x || echo - )"
        cat "$root"
        noNewline "$root"
        return
    fi
    (
        cd "$root" || exit 1
        find . -mindepth 1 | LC_ALL=C sort | while IFS= read -r f; do
            if [ -L "$f" ]; then
                echo "link $f -> $(readlink "$f")"
            elif [ -d "$f" ]; then
                echo "dir  $f"
            else
                echo "file $f $( [ -x "$f" ] && echo x || echo - )"
                sed 's/^/  | /' "$f"
                noNewline "$f"
            fi
        done
    )
}

nixBuild() {
    nix-build --store "$tmp/store" --option sandbox-paths "/bin /usr /lib /lib64" \
        --option substituters "" --option build-users-group "" --no-out-link "$@"
}

if [ "${NIXPKGS_TEST_BUILD:-1}" = 0 ]; then
    echo "skip builds: NIXPKGS_TEST_BUILD=0"
elif ! command -v nix-build >/dev/null; then
    echo "skip builds: no nix-build"
elif ! nixBuild -E 'derivation { name = "probe"; system = builtins.currentSystem; builder = "/bin/sh"; args = [ "-c" "echo ok > $out" ]; }' >"$tmp/probe" 2>"$tmp/err"; then
    echo "skip builds: this host cannot build with nix-build --store (not root?):"
    sed 's/^/    /' "$tmp/err" | tail -3
else
    storeRoot="$tmp/store"
    for attr in $(NIX_REMOTE=dummy:// nix-instantiate --eval --json -E "builtins.attrNames (import $here/builds.nix { })" | tr -d '[]"' | tr , ' '); do
        name="builds/$attr"
        if ! out="$(nixBuild "$here/builds.nix" -A "$attr" 2>"$tmp/err")"; then
            fail "$name: build failed"
            sed 's/^/    /' "$tmp/err" | tail -20
            continue
        fi
        : >"$tmp/tree"
        for o in $out; do
            { echo "== $o"; dumpTree "$storeRoot$o"; } >>"$tmp/tree"
        done
        normalise <"$tmp/tree" >"$tmp/tree.n"
        want="$here/expected/$attr.txt"
        if [ "${NIXPKGS_TEST_REGEN:-0}" = 1 ]; then cp "$tmp/tree.n" "$want"; fi
        if diff -u "$want" "$tmp/tree.n" >"$tmp/diff"; then
            echo "ok   $name"
            passed=$((passed + 1))
        else
            fail "$name: output differs"
            sed 's/^/    /' "$tmp/diff" | head -60
        fi
    done

    # Builds that must fail, with the text their log must contain.
    failing() {
        local attr="$1" needle="$2"
        if nixBuild "$here/builds-failing.nix" -A "$attr" >/dev/null 2>"$tmp/err"; then
            fail "builds-failing/$attr: build succeeded"
        elif grep -qF -- "$needle" "$tmp/err"; then
            echo "ok   builds-failing/$attr"
            passed=$((passed + 1))
        else
            fail "builds-failing/$attr: log lacks: $needle"
            sed 's/^/    /' "$tmp/err" | tail -20
        fi
    }
    failing collision "pkgs.buildEnv error: two given paths contain a conflicting subpath:"
    failing collisionHint "hint: this may be caused by two different versions of the same package in buildEnv's \`paths\` parameter"
    failing shellcheck "SC2086"
    failing replaceVarsUnmatched "ERROR: pattern @missing@ doesn't match anything in file"
    failing replaceVarsLeftover "contains unsubstituted variables"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
