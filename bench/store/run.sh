#!/usr/bin/env bash
# run.sh -- build 1,000 small derivations (gen-drvs.nix) from a cold store
# with Hearth and with Nix 2.8's nix-build side by side, each into its own
# throwaway store (Nix: a chroot store, single-user, as root), then time a
# no-op rebuild of each (the best of three, as a loaded machine makes a
# run this short noisy). Checks that both print the same output paths and
# prints wall times and Hearth/Nix ratios, and the CPU time (user + system,
# builders included) of each, which a loaded machine disturbs less; it
# never asserts a time.
#
# Usage: run.sh [-j JOBS] [-c COUNT] HEARTH
#   HEARTH  the hearth binary
#   -j      parallel builds for both (default: number of CPUs)
#   -c      number of derivations (default 1000)

set -uo pipefail
JOBS=$(nproc) COUNT=1000
while getopts "j:c:h" o; do
    case $o in
        j) JOBS=$OPTARG ;;
        c) COUNT=$OPTARG ;;
        *) sed -n '2,/^$/{s/^# \{0,1\}//;p}' "$0"; exit 2 ;;
    esac
done
shift $((OPTIND - 1))
HEARTH=$(realpath "${1:?usage: run.sh [-j JOBS] [-c COUNT] HEARTH}")
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
export HOME=$tmp NIX_STATE_DIR=$tmp/nix-state

nix_build=(nix-build --store "local?root=$tmp/nix" --option sandbox-paths "/bin /usr /lib /lib64"
    --option substituters "" --option build-users-group "" --no-out-link
    -j "$JOBS" --arg count "$COUNT" "$HERE/gen-drvs.nix")
hearth_build=("$HEARTH" build --store "$tmp/hearth" --no-out-link -j "$JOBS" --arg count "$COUNT"
    "$HERE/gen-drvs.nix")

# "WALL CPU" seconds (3 decimals; CPU is user + system of "$@" and all it
# waited for) that "$@" takes; its stdout goes to $out_file.
timed() {
    local start end
    start=$(date +%s.%N)
    /usr/bin/time -f "%U %S" -o "$tmp/cpu" "$@" >"$out_file" 2>"$tmp/err" ||
        { echo "failed: $*" >&2; tail -5 "$tmp/err" >&2; return 1; }
    end=$(date +%s.%N)
    awk -v a="$start" -v b="$end" '{ printf "%.3f %.3f\n", b - a, $1 + $2 }' "$tmp/cpu"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

status=0
out_file=$tmp/nix.out; read -r nix_cold nix_cold_cpu < <(timed "${nix_build[@]}")
# The best of three runs, wall and CPU each.
best_of_3() {
    local wall cpu best_wall="" best_cpu=""
    for _ in 1 2 3; do
        read -r wall cpu < <(timed "$@") || return 1
        best_wall=$(awk -v a="$wall" -v b="${best_wall:-$wall}" 'BEGIN { print (a < b ? a : b) }')
        best_cpu=$(awk -v a="$cpu" -v b="${best_cpu:-$cpu}" 'BEGIN { print (a < b ? a : b) }')
    done
    echo "$best_wall $best_cpu"
}

out_file=$tmp/nix2.out; read -r nix_noop nix_noop_cpu < <(best_of_3 "${nix_build[@]}")
out_file=$tmp/hearth.out; read -r hearth_cold hearth_cold_cpu < <(timed "${hearth_build[@]}")
out_file=$tmp/hearth2.out; read -r hearth_noop hearth_noop_cpu < <(best_of_3 "${hearth_build[@]}")
[[ -n ${nix_cold:-} && -n ${nix_noop:-} && -n ${hearth_cold:-} && -n ${hearth_noop:-} ]] || status=1
((status == 0)) || exit 1
if ! cmp -s <(sort "$tmp/nix.out") <(sort "$tmp/hearth.out"); then
    echo "output paths differ between Nix and Hearth" >&2
    exit 1
fi

printf '%-32s %10s %10s %8s\n' "$COUNT derivations, -j $JOBS" "nix-build" "hearth" "h/nix"
printf '%-32s %9ss %9ss %8s\n' "cold store, wall" "$nix_cold" "$hearth_cold" "$(ratio "$hearth_cold" "$nix_cold")"
printf '%-32s %9ss %9ss %8s\n' "no-op rebuild (best of 3), wall" "$nix_noop" "$hearth_noop" "$(ratio "$hearth_noop" "$nix_noop")"
printf '%-32s %9ss %9ss %8s\n' "cold store, CPU" "$nix_cold_cpu" "$hearth_cold_cpu" "$(ratio "$hearth_cold_cpu" "$nix_cold_cpu")"
printf '%-32s %9ss %9ss %8s\n' "no-op rebuild (best of 3), CPU" "$nix_noop_cpu" "$hearth_noop_cpu" "$(ratio "$hearth_noop_cpu" "$nix_noop_cpu")"
