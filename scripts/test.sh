#!/usr/bin/env bash
# Installs dependencies, builds, and runs every test: scripts/test.sh [release|debug]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/build.sh "${1:-release}"
ctest --preset "${1:-release}" -j "$(nproc)"
