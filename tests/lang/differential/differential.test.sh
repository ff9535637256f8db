#!/usr/bin/env bash
# Differential test: random expressions from gen_expr, each evaluated by
# `hearth instantiate --eval --strict -E` and by Nix's nix-instantiate. Fails
# when the two disagree on success, or on stdout when both succeed (error
# texts may differ). Passes with a note when nix-instantiate is missing.
#
# usage: differential.test.sh HEARTH
# env:   DIFF_SEED (default 1), DIFF_COUNT (default 300), DIFF_GEN (the
#        generator; default: tests/lang/differential/gen_expr in the build
#        tree that holds HEARTH), NIX_INSTANTIATE (default nix-instantiate)
set -uo pipefail
hearth=$(realpath "$1")
seed=${DIFF_SEED:-1}
count=${DIFF_COUNT:-300}
nix=${NIX_INSTANTIATE:-nix-instantiate}
build=${hearth%/src/cli/hearth}
gen=${DIFF_GEN:-$build/tests/lang/differential/gen_expr}

if ! command -v "$nix" >/dev/null; then
  echo "differential: skipped, $nix is not installed"
  exit 0
fi
[[ -x $gen ]] || { echo "differential: no generator at $gen (set DIFF_GEN)"; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The same quiet, store-less environment as tests/lang/cases.
export HOME=$work NIX_PATH= NIX_REMOTE=dummy:// NIX_STATE_DIR=$work/state NIX_CONF_DIR=$work

"$gen" "$seed" "$count" >"$work/exprs"
i=0 diverged=0 failed_both=0
while IFS= read -r -d '' e; do
  # On lines of their own: an expression starting with '-' is no flag then.
  src=$'(\n'"$e"$'\n)'
  h_out=$(timeout 20 "$hearth" instantiate --eval --strict -E "$src" 2>"$work/h_err"); h_rc=$?
  n_out=$(timeout 20 "$nix" --eval --strict -E "$src" 2>"$work/n_err"); n_rc=$?
  if ((h_rc != 0 && n_rc != 0)); then
    failed_both=$((failed_both + 1))
  elif ((h_rc != 0 || n_rc != 0)) || [[ $h_out != "$n_out" ]]; then
    diverged=$((diverged + 1))
    echo "differential: #$i (DIFF_SEED=$seed) diverges:"
    echo "  expr:   $e"
    if ((h_rc == 0)); then echo "  hearth: $h_out"; else echo "  hearth: fails: $(grep -m1 -v '^error:$' "$work/h_err")"; fi
    if ((n_rc == 0)); then echo "  nix:    $n_out"; else echo "  nix:    fails: $(grep -m1 -v '^error:$' "$work/n_err")"; fi
  fi
  i=$((i + 1))
done <"$work/exprs"
echo "differential: $i expressions, $failed_both failing in both, $diverged diverging"
((i == count)) || { echo "differential: expected $count expressions"; exit 1; }
((diverged == 0))
