#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang, ASan and UBSan in a
# build directory of their own and runs each for FUZZ_SECONDS (default 60),
# seeded with tests/lang/cases/*.nix and tests/fuzz/regressions/*.nix. Fails on
# any crash, sanitizer report, timeout or out-of-memory, printing the input.
# Passes with a note when clang or libFuzzer is missing.
#
# usage: fuzz.test.sh [hearth]   (the binary is not needed; ctest passes it)
# env:   HEARTH_SOURCE, FUZZ_SECONDS, FUZZ_BUILD_DIR, FUZZ_JOBS
set -euo pipefail
src=${HEARTH_SOURCE:-$(cd "$(dirname "$0")/../.." && pwd)}
seconds=${FUZZ_SECONDS:-60}
build=${FUZZ_BUILD_DIR:-$src/build/fuzz}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# libFuzzer ships in libclang-rt-*-dev, which clang only recommends.
if ! command -v clang++ >/dev/null ||
   ! echo 'extern "C" int LLVMFuzzerTestOneInput(const char*, unsigned long) { return 0; }' |
     clang++ -x c++ -fsanitize=fuzzer - -o "$work/probe" 2>/dev/null; then
  echo "fuzz: skipped, clang++ with libFuzzer (-fsanitize=fuzzer) is not installed"
  exit 0
fi

cmake -S "$src" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHEARTH_FUZZ=ON -DHEARTH_SANITIZE=ON -DHEARTH_TESTS=OFF \
  >"$work/configure.log" || { cat "$work/configure.log"; exit 1; }
cmake --build "$build" --target fuzz_parse fuzz_eval -j "${FUZZ_JOBS:-$(nproc)}"

mkdir -p "$work/seeds"
cp "$src"/tests/lang/cases/*.nix "$src"/tests/fuzz/regressions/*.nix "$work/seeds/"

# -timeout: an input that runs this long is a hang, not a slow evaluation
# (the harness's budget ends legitimate ones in well under a second).
# -rss_limit_mb: likewise for memory.
status=0
for target in fuzz_parse fuzz_eval; do
  mkdir -p "$work/$target/corpus" "$work/$target/artifacts"
  echo "fuzz: running $target for ${seconds}s"
  if ! ASAN_OPTIONS=allocator_may_return_null=1 "$build/tests/fuzz/$target" \
      -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2560 -print_final_stats=1 \
      -artifact_prefix="$work/$target/artifacts/" \
      "$work/$target/corpus" "$work/seeds" >"$work/$target/log" 2>&1; then
    status=1
    echo "fuzz: $target FAILED; the end of its log:"
    tail -n 60 "$work/$target/log"
  fi
  for a in "$work/$target/artifacts"/*; do
    [[ -e $a ]] || continue
    echo "fuzz: $target artifact $(basename "$a"), as text:"
    cat -v "$a"; echo
  done
  grep -E '^stat::number_of_executed_units|^Done' "$work/$target/log" || true
done
exit "$status"
