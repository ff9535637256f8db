#!/usr/bin/env bash
# The module-system suite under Hearth's evaluator with the lib's plain-Nix
# code paths (lib.nix hides builtins.hearthModule*): the fallback Nix runs
# must give the same results under Hearth too.
here=$(cd "$(dirname "$0")" && pwd)
HEARTH_LIB_PLAIN=1 EVAL="$1 instantiate" exec bash "$here/modules.test.sh" "$1"
