#!/usr/bin/env bash
# Rewrites cases/*/manifest.json and probe.json from the current output,
# for review with `git diff` (unit texts and error messages are written by
# hand and never regenerated).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
EVAL="${EVAL:-nix-instantiate}"
export NIX_REMOTE="${NIX_REMOTE:-dummy://}"
search=(-I "nixpkgs=$here/stubs/nixpkgs" -I "home-manager=$here/stubs/home-manager")
for dir in "$here"/cases/*/; do
  dir="${dir%/}"
  $EVAL --eval --strict --json "${search[@]}" "$here/check.nix" --arg dir "$dir" -A manifest >"$dir/manifest.json"
  if [ -e "$dir/probe.nix" ]; then
    $EVAL --eval --strict --json "${search[@]}" "$here/check.nix" --arg dir "$dir" -A probe >"$dir/probe.json"
  fi
done
