#!/usr/bin/env bash
# The i3 and sway configurations of the module test cases, rendered by
# Hearth, must be accepted by i3 -C and sway -C when those are installed
# (Debian's i3-wm and sway; each part is skipped otherwise). A broken file
# must be refused, so the check itself is known to work.
# Usage: config-check.test.sh /path/to/hearth
set -uo pipefail
hearth="$1"
here="$(cd "$(dirname "$0")" && pwd)"
harness="$here/../../harness.nix"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
chmod 755 "$tmp"

failed=0
checked=0

# Decodes a JSON string literal, as modules.test.sh does.
json_string() {
  local s="$1"
  s="${s#\"}"
  s="${s%\"}"
  s="${s//\\\"/\"}"
  printf '%b' "$s"
}

# Writes case ID's file KEY to $tmp/NAME.
render() {
  local id="$1" key="$2" name="$3"
  if ! "$hearth" instantiate --eval --strict --json "$harness" \
    --argstr id "$id" --argstr key "$key" -A actual >"$tmp/$name.json" 2>"$tmp/err"; then
    echo "FAIL rendering $id:"
    sed 's/^/    /' "$tmp/err"
    failed=$((failed + 1))
    return 1
  fi
  json_string "$(cat "$tmp/$name.json")" >"$tmp/$name"
}

# expect_rc WANT NAME COMMAND...: WANT is "ok" or "refused".
expect() {
  local want="$1" name="$2"
  shift 2
  if "$@" >"$tmp/out" 2>&1; then got=ok; else got=refused; fi
  if [ "$got" = "$want" ]; then
    echo "ok   $name ($got)"
    checked=$((checked + 1))
  else
    echo "FAIL $name: $got, expected $want"
    sed 's/^/    /' "$tmp/out" | tail -n 20
    failed=$((failed + 1))
  fi
}

printf 'workspace_layout default\nbogus_directive yes\n' >"$tmp/broken"

# Not i3-workspace-output: Home Manager's test names a workspace with an
# unescaped quote, which i3 rightly refuses.
if command -v i3 >/dev/null; then
  for c in i3-keybindings i3-fonts i3-followmouse i3-bar-focused-colors i3-workspace-default; do
    render "services/window-managers/i3/$c" home-files/.config/i3/config "$c" &&
      expect ok "i3 -C $c" i3 -C -c "$tmp/$c"
  done
  expect refused "i3 -C broken" i3 -C -c "$tmp/broken"
else
  echo "SKIP: i3 not installed"
fi

if command -v sway >/dev/null; then
  # sway -C sets up a compositor: headless, no input devices, a runtime
  # directory of its own, and never as root (it refuses to start).
  runtime="$tmp/runtime"
  mkdir -m 700 "$runtime"
  as_user=()
  if [ "$(id -u)" = 0 ]; then
    chown 65534 "$runtime"
    as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  fi
  sway_check() {
    "${as_user[@]}" env HOME="$runtime" XDG_RUNTIME_DIR="$runtime" WLR_BACKENDS=headless \
      WLR_LIBINPUT_NO_DEVICES=1 timeout 60 sway -C -c "$1"
  }
  for c in sway-modules sway-default sway-bindswitches sway-bar-focused-colors sway-workspace-output sway-systemd-variables sway-settings; do
    render "services/window-managers/sway/$c" home-files/.config/sway/config "$c" &&
      chmod 644 "$tmp/$c" &&
      expect ok "sway -C $c" sway_check "$tmp/$c"
  done
  chmod 644 "$tmp/broken"
  expect refused "sway -C broken" sway_check "$tmp/broken"
else
  echo "SKIP: sway not installed"
fi

echo "$checked checked, $failed failed"
[ "$failed" -eq 0 ]
