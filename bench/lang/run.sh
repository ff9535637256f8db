#!/usr/bin/env bash
# Races Hearth's evaluator against Nix on shared/bench/nix's programs with
# that folder's compare.sh, and writes the table to bench/RESULTS.md.
# Usage: bench/lang/run.sh [compare.sh options...]   (e.g. -n 5 -f fib)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
compare=${COMPARE:-$root/../shared/bench/nix/compare.sh}
hearth=${HEARTH:-$root/build/release/src/cli/hearth}
[[ -x $compare ]] || { echo "compare.sh not found at $compare (set COMPARE)" >&2; exit 2; }
out=$(mktemp) section=$(mktemp)
trap 'rm -f "$out" "$section"' EXIT
"$compare" "$@" "$hearth instantiate" nix-instantiate | tee "$out"
# Help text or a failed run is not a result: RESULTS.md stays as it is.
grep -q '^geometric-mean' "$out" || exit 1
{
  echo "# Evaluator benchmarks"
  echo
  echo "\`bench/lang/run.sh\` on $(date -u +%Y-%m-%d), $(nproc) CPUs; A = Debian's Nix 2.8"
  echo "(\`nix-instantiate\`), B = \`hearth instantiate\`. Ratios below 1 mean Hearth is faster."
  echo "Times in seconds, peak RSS in MB."
  echo
  echo '```'
  cat "$out"
  echo '```'
} > "$section"
# Only the evaluator section is ours: the sections after it (module system,
# store builds) are kept as they are.
results="$root/bench/RESULTS.md"
if [[ -f $results ]] && grep -q '^## ' "$results"; then
  sed -n '/^## /,$p' "$results" > "$out"
  { cat "$section"; echo; cat "$out"; } > "$results"
else
  cp "$section" "$results"
fi
