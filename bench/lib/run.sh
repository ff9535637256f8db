#!/usr/bin/env bash
# run.sh -- benchmark the module system: generate the synthetic module set
# (gen-modules.sh) and evaluate it with two evaluators side by side, each
# called as `CMD --eval --strict main.nix`. Prints median and minimum wall
# time, median CPU time (user+system), peak RSS and the B/A ratio of median
# wall times, after checking that both evaluators print the same result.
#
# Usage: run.sh [-n RUNS] [-m MODULES] [-t TIMEOUT] [B_CMD [A_CMD]]
#   A_CMD  reference evaluator, default "nix-instantiate"  (or env BENCH_A)
#   B_CMD  evaluator under test; omitted: only A is timed   (or env BENCH_B)
#   -n     timed runs per evaluator (default 5, after 1 untimed warm-up)
#   -m     number of modules (default 500: 5,000 options, 10,000 definitions)
# Peak RSS and CPU need GNU time at /usr/bin/time ("-" otherwise).
# Exit status: 0 if every run succeeded and the results agree.

set -uo pipefail
RUNS=5 MODULES=500 TIMEOUT=300
while getopts "n:m:t:h" o; do
    case $o in
        n) RUNS=$OPTARG ;;
        m) MODULES=$OPTARG ;;
        t) TIMEOUT=$OPTARG ;;
        *) sed -n '2,/^$/{s/^# \{0,1\}//;p}' "$0"; exit 2 ;;
    esac
done
shift $((OPTIND - 1))
B_STR=${1:-${BENCH_B:-}}
A_STR=${2:-${BENCH_A:-nix-instantiate}}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
export NIX_REMOTE=${NIX_REMOTE-dummy://}
GNU_TIME=""
if [[ -x /usr/bin/time ]] && /usr/bin/time -f %M -o /dev/null true 2>/dev/null; then GNU_TIME=/usr/bin/time; fi

TMP=$(mktemp -d "${TMPDIR:-/tmp}/bench-lib.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
"$HERE/gen-modules.sh" "$TMP/set" "$MODULES" >/dev/null || exit 1

# run_once TAG CMD... -> SECS CPU RSS_KB RC; output in $TMP/TAG.out
run_once() {
    local tag=$1; shift
    local t0 t1 last
    rm -f "$TMP/rss"
    t0=$EPOCHREALTIME
    if [[ -n $GNU_TIME ]]; then
        timeout -k 5 "$TIMEOUT" "$GNU_TIME" -f '%M %U %S' -o "$TMP/rss" "$@" --eval --strict "$TMP/set/main.nix" \
            >"$TMP/$tag.out" 2>"$TMP/$tag.err" </dev/null
    else
        timeout -k 5 "$TIMEOUT" "$@" --eval --strict "$TMP/set/main.nix" >"$TMP/$tag.out" 2>"$TMP/$tag.err" </dev/null
    fi
    RC=$?
    t1=$EPOCHREALTIME
    SECS=$(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.4f", b-a}')
    RSS_KB=- CPU=-
    last=$(tail -n 1 "$TMP/rss" 2>/dev/null)
    if [[ $last =~ ^([0-9]+)\ ([0-9.]+)\ ([0-9.]+)$ ]]; then
        RSS_KB=${BASH_REMATCH[1]}
        CPU=$(awk -v u="${BASH_REMATCH[2]}" -v s="${BASH_REMATCH[3]}" 'BEGIN{printf "%.2f", u+s}')
    fi
}
median() { sort -g | awk '{v[NR]=$1} END{ if (!NR) {print "-"; exit} printf "%.3f\n", (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2 }'; }
minimum() { sort -g | head -n 1; }

# shellcheck disable=SC2206 # commands may have several words
A=($A_STR)
# shellcheck disable=SC2206
B=($B_STR)
tags=(a); [[ -n $B_STR ]] && tags+=(b)
bad=0
for (( i = 0; i <= RUNS; i++ )); do          # run 0 is the warm-up
    for t in "${tags[@]}"; do
        if [[ $t == a ]]; then run_once a "${A[@]}"; else run_once b "${B[@]}"; fi
        if (( RC != 0 )); then echo "$t failed (exit $RC): $(head -c 300 "$TMP/$t.err")"; bad=1; break 2; fi
        if (( i > 0 )); then echo "$SECS" >>"$TMP/$t.secs"; echo "$CPU" >>"$TMP/$t.cpu"; echo "$RSS_KB" >>"$TMP/$t.rss"; fi
    done
    if (( i == 0 )) && [[ -n $B_STR ]] && ! cmp -s "$TMP/a.out" "$TMP/b.out"; then
        echo "DIFFERENT RESULT: A=$(head -c 200 "$TMP/a.out") B=$(head -c 200 "$TMP/b.out")"; bad=1; break
    fi
done
(( bad )) && exit 1

echo "module set: $MODULES modules, $((MODULES * 10)) options, $((MODULES * 20)) definitions; $RUNS timed runs; result $(head -c 80 "$TMP/a.out")"
printf '%-4s %-40s %9s %9s %9s %9s\n' "" command med_s min_s cpu_s rss_MB
for t in "${tags[@]}"; do
    cmd=$A_STR; [[ $t == b ]] && cmd=$B_STR
    rss=$(grep -E '^[0-9]+$' "$TMP/$t.rss" | sort -g | tail -n 1)
    printf '%-4s %-40s %9s %9s %9s %9s\n' "${t^^}" "${cmd:0:40}" "$(median <"$TMP/$t.secs")" "$(minimum <"$TMP/$t.secs")" \
        "$(grep -E '^[0-9.]+$' "$TMP/$t.cpu" | median)" "${rss:+$((rss / 1024))}"
done
if [[ -n $B_STR ]]; then
    awk -v a="$(median <"$TMP/a.secs")" -v b="$(median <"$TMP/b.secs")" \
        'BEGIN{ printf "B/A median wall-time ratio: %.3f (< 1 means B is faster)\n", b/a }'
fi
