#!/usr/bin/env bash
# Builds Hearth with every core: scripts/build.sh [release|debug]
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-release}
cmake --preset "$preset" -G Ninja >/dev/null
cmake --build --preset "$preset" -j "$(nproc)"
