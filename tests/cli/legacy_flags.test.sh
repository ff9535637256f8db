#!/usr/bin/env bash
# nix-build's and nix-instantiate's command lines: compound short flags
# (`-j2`, `-Qj2`, `-I/dir`) split as Nix splits them, and usage errors worded
# as Nix's, with its "Try '... --help'" line. Each line of
# legacy_flags/commands.txt (DIR: a scratch folder) is run as `hearth LINE`;
# the transcript (output, then "rc=N") must equal legacy_flags/expected.txt,
# which `legacy_flags.test.sh --regen` writes from current Nix (nix-oracle).
# Usage: legacy_flags.test.sh HEARTH | --regen
set -uo pipefail
here=$(cd "$(dirname "$0")/legacy_flags" && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/dir/sub"
echo '"found"' >"$tmp/dir/sub/default.nix"
export HOME=$tmp NIX_PATH= NIX_REMOTE=dummy:// HEARTH_STORE=$tmp/store
if [[ ${1:?usage: legacy_flags.test.sh HEARTH | --regen} == --regen ]]; then
  root=$(cd "$here/../../.." && pwd)
  main=$(dirname "$(git -C "$root" rev-parse --path-format=absolute --git-common-dir)")
  run=("$main/../shared/tools/nix-oracle")
else
  run=("$(realpath "$1")")
fi
transcript() {
  while IFS= read -r line; do
    echo "== $line"
    (cd "$tmp" && eval "\"\${run[@]}\" ${line//DIR/$tmp/dir}" 2>&1)
    echo "rc=$?"
  done <"$here/commands.txt" | sed "s|$tmp|/tmp|g"
}
if [[ $1 == --regen ]]; then
  transcript >"$here/expected.txt"
  exit
fi
if diff "$here/expected.txt" <(transcript); then echo "ok: $(grep -c '^== ' "$here/expected.txt") command lines"; else exit 1; fi
