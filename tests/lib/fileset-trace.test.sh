#!/usr/bin/env bash
# lib.fileset.trace's rendering of file sets over tests/lib/fileset-tree,
# under Nix 2.8 (when installed) and Hearth: stderr must equal the expected
# lines below, with the tree's path written as D.
# Usage: fileset-trace.test.sh HEARTH_BINARY
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd -P)
export NIX_REMOTE=${NIX_REMOTE-dummy://}
expr='
let
  fs = (import '"$here"'/../../share/hearth/lib).fileset;
  d = '"$here"'/fileset-tree;
in
builtins.seq (fs.trace (fs.union (d + "/src/main.c") (d + "/docs")) null)
(builtins.seq (fs.trace d null)
(builtins.seq (fs.trace (fs.unions [ ]) null)
(builtins.seq (fs.trace (fs.difference d (fs.unions [ (d + "/src/util.h") (d + "/empty-ish") ])) null)
(builtins.seq (fs.trace (fs.difference (d + "/empty-ish") (d + "/empty-ish/inner/.keep")) null)
(fs.trace (fs.unions [ (d + "/README.md") (d + "/default.nix") (d + "/docs") (d + "/src") ]) null)))))
'
expected='trace: D
- docs (all files in directory)
- src
  - main.c (regular)
trace: D (all files in directory)
trace: (empty)
trace: D
- README.md (regular)
- default.nix (regular)
- docs (all files in directory)
- src
  - main.c (regular)
  - sub (all files in directory)
trace: (empty)
trace: D
- README.md (regular)
- default.nix (regular)
- docs (all files in directory)
- src (all files in directory)'

fail=0
check() { # name evaluator...
    local name=$1
    shift
    local got
    got=$("$@" --eval --strict -E "$expr" 2>&1 >/dev/null | sed "s|$here/fileset-tree|D|g")
    if [[ "$got" != "$expected" ]]; then
        fail=1
        echo "FAIL ($name):"
        diff <(echo "$expected") <(echo "$got")
    fi
}
command -v nix-instantiate >/dev/null && check nix nix-instantiate
check hearth "$1" instantiate
(( fail == 0 )) && echo "fileset-trace.test.sh: ok"
(( fail == 0 ))
