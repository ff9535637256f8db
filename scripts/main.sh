#!/usr/bin/env bash
# The main job: installs dependencies, builds, and evaluates the example
# configuration (examples/configuration.nix), printing it as Nix would.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/build.sh release
build/release/src/cli/hearth instantiate --eval --strict examples/main.nix
