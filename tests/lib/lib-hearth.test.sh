#!/usr/bin/env bash
# The lib suite under Hearth's own evaluator (lib.test.sh runs it under Nix).
here=$(cd "$(dirname "$0")" && pwd)
EVAL="$1 instantiate" exec bash "$here/lib.test.sh"
