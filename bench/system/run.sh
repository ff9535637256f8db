#!/usr/bin/env bash
# run.sh -- `nixos-rebuild switch --root` of a system with 1, 10 and 100
# users, each with the seed's Home Manager configuration (programs.bash,
# atool, httpie), beside Nix 2.8 evaluating the same configuration
# (nix-instantiate with Hearth's share/hearth tree on its search path: it
# is plain Nix). Prints a table of medians and ratios; never asserts a time.
#
#   first    the first switch into an empty sandbox root (--no-eval-cache): evaluation,
#            the builds of the users' generations, accounts, homes and
#            every user's activation (packages already in the store)
#   no-op    the same switch again: nothing changed
#   no-op!   the same with --no-eval-cache: evaluation included
#   nix2.8   nix-instantiate --eval of the toplevel's drvPath (evaluation only)
#
# Usage: run.sh [-n RUNS] [-u "1 10 100"] HEARTH    (as root: it creates accounts in the roots)
set -uo pipefail
RUNS=3 SIZES="1 10 100"
while getopts "n:u:h" o; do
    case $o in
        n) RUNS=$OPTARG ;;
        u) SIZES=$OPTARG ;;
        *) sed -n '2,/^$/{s/^# \{0,1\}//;p}' "$0"; exit 2 ;;
    esac
done
shift $((OPTIND - 1))
HEARTH=$(realpath "${1:?usage: run.sh [-n RUNS] [-u SIZES] HEARTH}")
SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)
tmp=$(mktemp -d /var/tmp/hearth-bench-system-XXXXXX)
trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
store=$tmp/store # shared by every root: packages are fetched once

index=$tmp/debian-index
"$HEARTH" lock index "$index" >/dev/null || { echo "cannot pin the Debian index" >&2; exit 1; }

# config N: a system configuration with users user1..userN.
config() {
    local f=$tmp/config-$1.nix
    {
        echo '{ pkgs, ... }: { imports = [ <home-manager/nixos> ];'
        for ((i = 1; i <= $1; i++)); do
            echo "  users.users.user$i.isNormalUser = true;"
            echo "  home-manager.users.user$i = { pkgs, ... }: {"
            echo '    home.packages = [ pkgs.atool pkgs.httpie ];'
            echo '    programs.bash.enable = true;'
            echo '    home.stateVersion = "23.11";'
            echo '  };'
        done
        echo '}'
    } >"$f"
    echo "$f"
}

# seconds CMD...: wall time of one run, in seconds.
seconds() {
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || { echo "FAILED: $*" >&2; echo nan; return; }
    end=$(date +%s%N)
    echo "scale=3; ($end - $start) / 1000000000" | bc
}

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }

fresh_root() {
    rm -rf "$1"
    mkdir -p "$1/etc"
    cp /etc/passwd /etc/group "$1/etc/"
}

switch() { # ROOT CONFIG [ARGS]
    HEARTH_CHANNELS_DIR=$1/channels "$HEARTH" system switch --root "$1" --store "$store" "${@:3}" \
        -I nixos-config="$2" -I hearth-debian-index="$index"
}

nix_eval() { # CONFIG
    NIX_PATH= nix-instantiate --eval -I nixos-config="$1" -I nixpkgs="$SRC/share/hearth/nixpkgs" \
        -I home-manager="$SRC/share/hearth/home-manager" -I nixos="$SRC/share/hearth/nixos" \
        -I hearth-debian-index="$index" -E '(import <nixos> { }).system.drvPath'
}

# Warm-up: the packages into the shared store, once.
fresh_root "$tmp/warm"
switch "$tmp/warm" "$(config 1)" >/dev/null 2>&1 || { echo "the warm-up switch failed" >&2; exit 1; }

echo "host: $(nproc) CPUs, $(uname -m); runs: $RUNS (median); $("$HEARTH" --version 2>/dev/null | head -1); $(nix-instantiate --version)"
printf '%-6s %9s %9s %9s %9s %12s %12s\n' users first_s noop_s noop!_s nix2.8_s nix/noop nix/noop!
for n in $SIZES; do
    c=$(config "$n")
    first=() noop=() full=() nix=()
    for ((r = 0; r < RUNS; r++)); do
        fresh_root "$tmp/root"
        first+=("$(seconds switch "$tmp/root" "$c" --no-eval-cache)")
        noop+=("$(seconds switch "$tmp/root" "$c")")
        full+=("$(seconds switch "$tmp/root" "$c" --no-eval-cache)")
        nix+=("$(seconds nix_eval "$c")")
    done
    f=$(median "${first[@]}") o=$(median "${noop[@]}") u=$(median "${full[@]}") x=$(median "${nix[@]}")
    printf '%-6s %9s %9s %9s %9s %12s %12s\n' "$n" "$f" "$o" "$u" "$x" \
        "$(echo "scale=1; $x / $o" | bc)" "$(echo "scale=1; $x / $u" | bc)"
done
