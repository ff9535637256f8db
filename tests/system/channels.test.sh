#!/usr/bin/env bash
# nix-channel offline: a file:// tarball, a local directory and a tarball
# served over HTTP by python3 on loopback; <name> lookups resolve from the
# channel before Hearth's own share/ tree.
set -euo pipefail
hearth=$(realpath "$1")
work=$(mktemp -d)
server=
trap '[[ -n $server ]] && kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
export HEARTH_CHANNELS_DIR=$work/channels
ln -s "$hearth" "$work/nix-channel"
nc=$work/nix-channel

mkdir -p "$work/src/home-manager-master/nixos"
echo '"from the channel"' > "$work/src/home-manager-master/nixos/default.nix"
tar -C "$work/src" -czf "$work/hm.tar.gz" home-manager-master

check() { # expected actual what
  if [[ "$1" != "$2" ]]; then echo "FAIL: $3: expected [$1], got [$2]"; exit 1; fi
  echo "ok: $3"
}

# Before any channel, <home-manager/nixos> is Hearth's own module.
check "$HEARTH_SOURCE/share/hearth/home-manager/nixos" \
  "$("$hearth" instantiate --eval -E '<home-manager/nixos>' | sed 's|/$||')" "fallback to share/"
"$nc" --add "file://$work/hm.tar.gz" home-manager
check "home-manager file://$work/hm.tar.gz" "$("$nc" --list)" "--list"
"$nc" --update 2>/dev/null
check '"from the channel"' "$("$hearth" instantiate --eval -E 'import <home-manager/nixos>')" "file:// tarball"

# A second update swaps the tree; the old one is gone.
echo '"updated"' > "$work/src/home-manager-master/nixos/default.nix"
tar -C "$work/src" -czf "$work/hm.tar.gz" home-manager-master
"$nc" --update home-manager 2>/dev/null
check '"updated"' "$("$hearth" instantiate --eval -E 'import <home-manager/nixos>')" "update"
check 1 "$(ls "$HEARTH_CHANNELS_DIR/.versions" | wc -l)" "old tree removed"

# A local directory.
mkdir -p "$work/dirchan/lib"
echo 42 > "$work/dirchan/lib/default.nix"
"$nc" --add "$work/dirchan" mylib
"$nc" --update mylib 2>/dev/null
check 42 "$("$hearth" instantiate --eval -E 'import <mylib/lib>')" "local directory"

# HTTP on loopback; the default name is the URL's last component.
if command -v python3 >/dev/null; then
  port=$((20000 + RANDOM % 20000))
  (cd "$work" && exec python3 -m http.server "$port" --bind 127.0.0.1 >/dev/null 2>&1) &
  server=$!
  for _ in $(seq 50); do python3 -c "import socket; socket.create_connection(('127.0.0.1', $port))" 2>/dev/null && break; sleep 0.1; done
  "$nc" --add "http://127.0.0.1:$port/hm.tar.gz"
  "$nc" --update hm.tar.gz 2>/dev/null
  check '"updated"' "$("$hearth" instantiate --eval -E 'import <hm.tar.gz/nixos>')" "http tarball"
  if "$nc" --add "http://127.0.0.1:$port/missing.tar.gz" missing && "$nc" --update missing 2>"$work/err"; then
    echo "FAIL: a missing URL updated"; exit 1
  fi
  grep -q "cannot download" "$work/err" && echo "ok: missing URL reported"
  "$nc" --remove missing
fi

"$nc" --remove mylib
if "$hearth" instantiate --eval -E '<mylib>' 2>/dev/null; then echo "FAIL: removed channel still found"; exit 1; fi
echo "ok: --remove"
