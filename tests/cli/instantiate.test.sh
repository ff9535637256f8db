#!/usr/bin/env bash
# ctest entry: `hearth instantiate` prints every case in
# tests/cli/instantiate/cases byte for byte as current Nix's nix-instantiate
# does (README.md there). Usage: instantiate.test.sh HEARTH
set -uo pipefail
hearth=$(realpath "${1:?usage: instantiate.test.sh HEARTH}")
exec "$(dirname "$0")/instantiate/run.sh" "$hearth instantiate"
