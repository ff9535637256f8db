#!/usr/bin/env bash
# The module-system suite under Hearth's own evaluator.
here=$(cd "$(dirname "$0")" && pwd)
EVAL="$1 instantiate" exec bash "$here/modules.test.sh" "$1"
