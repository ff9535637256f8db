#!/usr/bin/env bash
# The NixOS module's per-user behaviour where no systemd runs (`nixos-rebuild
# switch --root`, which activates each home directly): two users shaped like
# the seed's eve, one of whose activation fails. The switch must name that
# user and the reason, exit 4, and still activate the other, whose own file
# in the way is kept under home-manager.backupFileExtension.
# (seed_systemd.test.sh checks the same under a real systemd.)
set -euo pipefail
hearth=$(realpath "$1")
src=${HEARTH_SOURCE:-$(cd "$(dirname "$0")/../.." && pwd)}
[[ $(id -u) == 0 ]] || { echo "SKIPPED: needs root (creating accounts and homes)"; exit 0; }

root=$(mktemp -d /var/tmp/hearth-seed-users-XXXXXX)
trap 'chmod -R u+w "$root" 2>/dev/null; rm -rf "$root"' EXIT
chmod 755 "$root"
mkdir -p "$root/etc"
cp /etc/passwd /etc/group /etc/shadow /etc/gshadow "$root/etc/" 2>/dev/null || true
source "$src/scripts/lib/in-root.sh"
fail() { echo "FAIL: $*"; exit 1; }

cat >"$root/configuration.nix" <<'EOF'
{
  imports = [ <home-manager/nixos> ];
  home-manager.backupFileExtension = "bak";
  users.users.eve.isNormalUser = true;
  home-manager.users.eve = {
    home.file.".inputrc".text = "set editing-mode vi\n";
    home.stateVersion = "23.11";
  };
  users.users.bob.isNormalUser = true;
  home-manager.users.bob = { lib, ... }: {
    home.stateVersion = "23.11";
    home.activation.refuse = lib.hm.dag.entryBefore [ "writeBoundary" ] ''
      echo "bob's home is not ready: no key in place" >&2
      exit 3
    '';
  };
}
EOF
# eve's home exists already (made before her account, so root's), with a
# file of hers where the managed one goes.
mkdir -p "$root/home/eve"
echo "set bell-style none" >"$root/home/eve/.inputrc"

status=0
HEARTH_CHANNELS_DIR=$root/channels "$hearth" system switch --root "$root" \
  -I nixos-config="$root/configuration.nix" >"$root/log" 2>&1 || status=$?
cat "$root/log"
[[ $status == 4 ]] || fail "a switch with a failing user exited $status, not 4"
grep -q "activating the home of 'bob' failed: activation exited with status 3" "$root/log" ||
  fail "the switch does not name bob and the reason"
grep -q "bob: bob's home is not ready: no key in place" "$root/log" ||
  fail "bob's activation output is not shown"
grep -q "the homes of these users were not activated: bob$" "$root/log" ||
  fail "the summary does not name bob (alone)"
[[ $(readlink "$root/home/eve/.inputrc") == /nix/store/*-home-manager-files/.inputrc ]] ||
  fail "eve was not activated: ~eve/.inputrc is $(readlink "$root/home/eve/.inputrc")"
[[ $(cat "$(in_root "$root" /home/eve/.inputrc)") == "set editing-mode vi" ]] || fail "~eve/.inputrc"
[[ $(cat "$root/home/eve/.inputrc.bak") == "set bell-style none" ]] ||
  fail "eve's own .inputrc was not kept as .inputrc.bak"
eve_uid=$(awk -F: '$1 == "eve" { print $3 }' "$root/etc/passwd")
[[ $(stat -c %u "$root/home/eve") == "$eve_uid" ]] && grep -q "giving home /home/eve to 'eve'" "$root/log" ||
  fail "eve's existing home was not given to her"
echo "ok: bob's failed activation is named with its reason (exit 4); eve is activated, her file kept as .inputrc.bak"
