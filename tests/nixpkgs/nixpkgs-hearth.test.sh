#!/usr/bin/env bash
# The same suite as nixpkgs.test.sh, under Hearth's own evaluator.
here=$(cd "$(dirname "$0")" && pwd)
EVAL="$1 instantiate" NIXPKGS_TEST_BUILD=0 exec bash "$here/nixpkgs.test.sh" "$1"
