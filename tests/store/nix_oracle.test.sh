#!/usr/bin/env bash
# Compares `hearth store` with the installed Nix (nix-bin 2.8) at test time:
# NAR bytes (dump), store paths of added trees and files (add), and a
# restore round trip. Nix works on a throwaway chroot store only.
set -euo pipefail
hearth=$1
command -v nix-store >/dev/null || { echo "nix-store is not installed (scripts/deps.sh installs nix-bin)"; exit 1; }
tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp"; rm -rf "$tmp"' EXIT
export HOME=$tmp NIX_STATE_DIR=$tmp/nix-state

fx=$tmp/fx
mkdir -p "$fx/dir/sub"
printf 'hello\n' >"$fx/file.txt"
printf '#!/bin/sh\necho hi\n' >"$fx/exec.sh"; chmod +x "$fx/exec.sh"
ln -s file.txt "$fx/link"
printf 'y' >"$fx/dir/a"; : >"$fx/dir/empty"; ln -s ../file.txt "$fx/dir/sub/up"

failed=0
check() { # name, expected, actual
  if [[ -n "$2" && "$2" == "$3" ]]; then echo "ok: $1"; else echo "FAIL: $1: nix '$2', hearth '$3'"; failed=1; fi
}

for p in "$fx" "$fx/exec.sh" "$fx/link" "$fx/dir"; do
  check "dump $p" "$(nix-store --dump "$p" | sha256sum)" "$("$hearth" store dump "$p" | sha256sum)"
done

nix_add() { nix-store --store "local?root=$tmp/nix" "$@" 2>/dev/null; }
check "add dir" "$(nix_add --add "$fx")" "$("$hearth" store --store "$tmp/h" add "$fx")"
check "add file" "$(nix_add --add "$fx/exec.sh")" "$("$hearth" store --store "$tmp/h" add "$fx/exec.sh")"
check "add flat" "$(nix_add --add-fixed sha256 "$fx/file.txt")" \
  "$("$hearth" store --store "$tmp/h" add --flat "$fx/file.txt")"

added=$("$hearth" store --store "$tmp/h" add "$fx")
check "path-info narSize" "$(nix_add --query --size "$added")" \
  "$("$hearth" store --store "$tmp/h" path-info "$added" | sed -n 's/  narSize: //p')"
check "verify" "0" "$("$hearth" store --store "$tmp/h" verify --check-contents >/dev/null 2>&1; echo $?)"

nix-store --dump "$fx" | "$hearth" store restore "$tmp/restored"
check "restore" "$(nix-store --dump "$fx" | sha256sum)" "$(nix-store --dump "$tmp/restored" | sha256sum)"

exit $failed
