#!/usr/bin/env bash
# The same suite as nixos.test.sh, under Hearth's own evaluator.
here=$(cd "$(dirname "$0")" && pwd)
EVAL="$1 instantiate" NIXPKGS_TEST_BUILD=0 exec bash "$here/nixos.test.sh" "$1"
