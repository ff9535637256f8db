#!/usr/bin/env bash
# Every C++ file the repository tracks is clang-format clean (.clang-format
# at the root; Debian 12's clang-format 14, which scripts/deps.sh installs).
# Other major versions format some constructs differently, so they skip.
# Usage: clang_format.test.sh [hearth-binary] (unused)
set -uo pipefail
src=${HEARTH_SOURCE:-$(cd "$(dirname "$0")/../.." && pwd)}
command -v clang-format > /dev/null || { echo "SKIPPED: no clang-format"; exit 0; }
major=$(clang-format --version | sed -n 's/.*version \([0-9]*\)\..*/\1/p')
[[ $major == 14 ]] || { echo "SKIPPED: clang-format $major, the style is checked with 14"; exit 0; }
cd "$src" || exit 1
bad=()
while IFS= read -r f; do
  clang-format --dry-run -Werror "$f" > /dev/null 2>&1 || bad+=("$f")
done < <(git ls-files '*.cc' '*.hh' 2>/dev/null || find src tests bench -name '*.cc' -o -name '*.hh')
if ((${#bad[@]})); then
  printf 'not clang-format clean (run clang-format -i on them):\n'
  printf '  %s\n' "${bad[@]}"
  exit 1
fi
echo ok
