#!/usr/bin/env bash
# Writes each case's NAME.exp (and NAME.err.exp when it fails) from current Nix (nix-oracle, 2.26, needs root)
# and lists in NIX28-DIFFERENCES.md the cases Debian's Nix 2.8 prints
# differently. Usage: regen.sh [NAME-REGEX]; NIX_ORACLE and NIX28 override
# the two commands.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd -P)
root=$(cd "$here/../../.." && pwd)
main=$(dirname "$(git -C "$root" rev-parse --path-format=absolute --git-common-dir)")
: "${NIX_ORACLE:=$main/../shared/tools/nix-oracle instantiate}"
: "${NIX28:=nix-instantiate}"
filter=${1:-}
cd "$here/cases"
export HOME=/home/hearth-test NIX_PATH= NIX_REMOTE=dummy:// LC_ALL=C.UTF-8 TZ=UTC
read -r -a oracle <<<"$NIX_ORACLE"
read -r -a nix28 <<<"$NIX28"
run() { # run CMD... -- NAME: the case's stdout, with this folder as /pwd
  local -a c=()
  while [[ $1 != -- ]]; do c+=("$1"); shift; done
  local name=$2 flags=(--eval)
  [[ -f $name.flags ]] && read -r -a flags <"$name.flags"
  if [[ ${flags[-1]} == - ]]; then "${c[@]}" "${flags[@]}" <"$name.nix" 2>"$name.stderr"
  else "${c[@]}" "${flags[@]}" "$name.nix" 2>"$name.stderr"; fi | sed "s|$PWD|/pwd|g" |
    if [[ -f $name.sed ]]; then sed -f "$name.sed"; else cat; fi
  local rc=${PIPESTATUS[0]}
  sed -i "s|$PWD|/pwd|g" "$name.stderr"
  [[ -f $name.sed ]] && sed -i -f "$name.sed" "$name.stderr"
  return "$rc"
}
diffs=()
for f in *.nix; do
  name=${f%.nix}
  [[ -n $filter && ! $name =~ $filter ]] && continue
  # A case that fails under current Nix keeps its error as NAME.err.exp.
  rm -f "$name.err.exp"
  run "${oracle[@]}" -- "$name" >"$name.exp" || cp "$name.stderr" "$name.err.exp"
  if ! cmp -s "$name.exp" <(run "${nix28[@]}" -- "$name") ||
     { [[ -f $name.err.exp ]] && ! cmp -s "$name.err.exp" "$name.stderr"; }; then
    diffs+=("$name")
  fi
  rm -f "$name.stderr"
done
[[ -n $filter ]] && exit 0 # the list below is of every case
{
  echo "# Cases where Nix 2.8 prints something else than current Nix (2.26)"
  echo
  echo "Written by regen.sh. The expected files follow current Nix."
  echo
  printf -- '- %s\n' "${diffs[@]}"
} >"$here/NIX28-DIFFERENCES.md"
