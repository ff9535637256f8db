#!/usr/bin/env bash
# Evaluates one Home Manager configuration (eval-home.nix) to its
# generation's derivation with Debian's Nix 2.8 and with Hearth, in the
# same run: the module system and two dozen modules, no build. Prints each
# evaluator's median and minimum wall time, CPU time and peak RSS over RUNS
# runs (after a warm-up) and the ratio of the medians; checks that both
# compute the same derivation path. Never asserts a time.
# Usage: bench/home/eval.sh /path/to/hearth [RUNS]
set -euo pipefail
hearth="$(realpath "$1")"
runs="${2:-5}"
here="$(cd "$(dirname "$0")" && pwd)"
src="$(cd "$here/../.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/eval.nix" << NIX
(import $src/share/hearth/home-manager/home-manager/home-manager.nix {
  pkgs = import $src/tests/modules/stubs.nix { };
  confPath = $here/eval-home.nix;
}).activationPackage.drvPath
NIX
# Nothing is built or written: derivations are computed, not added.
export NIX_REMOTE=dummy://

# run NAME CMD...: RUNS timed runs; prints "NAME med min cpu rss result".
run() {
  local name="$1" i
  shift
  "$@" --readonly-mode --eval "$tmp/eval.nix" > /dev/null 2>&1 # warm-up
  for ((i = 0; i < runs; i++)); do
    /usr/bin/time -f "%e %U %S %M" -o "$tmp/time" "$@" --readonly-mode --eval "$tmp/eval.nix" \
      > "$tmp/out" 2> /dev/null
    cat "$tmp/time"
  done > "$tmp/times"
  sort -n "$tmp/times" | awk -v name="$name" -v result="$(cat "$tmp/out")" '
    { wall[NR] = $1; cpu += $2 + $3; rss = ($4 > rss ? $4 : rss) }
    END { printf "%-6s %8.3f %8.3f %8.3f %8.0f  %s\n", name, wall[int((NR + 1) / 2)], wall[1],
          cpu / NR, rss / 1024, result }'
}

echo "runs: $runs per evaluator (+1 warm-up); $(nproc) CPUs; load: $(cut -d' ' -f1-3 /proc/loadavg)"
printf "%-6s %8s %8s %8s %8s  %s\n" eval med_s min_s cpu_s rss_MB drvPath
a="$(run nix nix-instantiate)"
b="$(run hearth "$hearth" instantiate)"
printf '%s\n%s\n' "$a" "$b"
read -r _ a_med _ _ _ a_out <<< "$a"
read -r _ b_med _ _ _ b_out <<< "$b"
[ "$a_out" = "$b_out" ] || echo "DIFFERENT derivations: $a_out vs $b_out"
awk -v a="$a_med" -v b="$b_med" 'BEGIN { printf "hearth/nix median ratio: %.3f\n", b / a }'
