#!/usr/bin/env bash
# The seed (shared/seed/nixos-module.md) as written: examples/configuration.nix
# switched into a sandbox root with `nixos-rebuild switch --root`; then eve
# has .bashrc, .profile and .bash_profile from programs.bash linked into the
# store, and her profile (~/.nix-profile, or /etc/profiles/per-user/eve with
# home-manager.useUserPackages) has http, atool and hm-session-vars.sh.
set -euo pipefail
hearth=$(realpath "$1")
src=${HEARTH_SOURCE:-$(cd "$(dirname "$0")/../.." && pwd)}
[[ $(id -u) == 0 ]] || { echo "SKIPPED: needs root (creating eve's account and home)"; exit 0; }

root=$(mktemp -d /var/tmp/hearth-seed-XXXXXX)
trap 'chmod -R u+w "$root" 2>/dev/null; rm -rf "$root"' EXIT
chmod 755 "$root"
mkdir -p "$root/etc"
cp /etc/passwd /etc/group /etc/shadow /etc/gshadow "$root/etc/" 2>/dev/null || true
index=$root/debian-index
"$hearth" lock index "$index" >/dev/null 2>&1 || index=

source "$src/scripts/lib/in-root.sh"
# switch CONFIG [ARGS]: nixos-rebuild switch --root into $root; prints its log.
switch() {
  HEARTH_CHANNELS_DIR=$root/channels "$hearth" system switch --root "$root" "${@:2}" \
    -I nixos-config="$1" ${index:+-I hearth-debian-index=$index} >"$root/log" 2>&1 ||
    { cat "$root/log"; echo "FAIL: nixos-rebuild switch --root exited $? for $1"; exit 1; }
  cat "$root/log"
}
fail() { echo "FAIL: $*"; exit 1; }
# check PROFILE: eve's dotfiles, and PROFILE (a path inside the root) has
# the seed's packages and the session variables script.
check() {
  for f in .bashrc .profile .bash_profile; do
    [[ $(readlink "$root/home/eve/$f") == /nix/store/*-home-manager-files/$f ]] ||
      fail "~eve/$f is not a store link: $(readlink "$root/home/eve/$f")"
    [[ -f $(in_root "$root" "/home/eve/$f") ]] || fail "~eve/$f does not resolve inside the root"
  done
  grep -q hm-session-vars.sh "$(in_root "$root" /home/eve/.profile)" ||
    fail "~eve/.profile does not source hm-session-vars.sh"
  for p in http atool; do
    [[ -x $(in_root "$root" "$1/bin/$p") ]] || fail "$p missing from $1/bin"
  done
  [[ -f $(in_root "$root" "$1/etc/profile.d/hm-session-vars.sh") ]] ||
    fail "no $1/etc/profile.d/hm-session-vars.sh"
}

switch "$src/examples/configuration.nix"
check /home/eve/.nix-profile
# Nothing changed: the second switch reuses the evaluation (and is a no-op).
switch "$src/examples/configuration.nix" -v
grep -q "no input of the last evaluation changed" "$root/log" || fail "the unchanged switch evaluated again"
grep -q "the home of 'eve' is unchanged: not activated again" "$root/log" ||
  fail "the unchanged home was activated again"
check /home/eve/.nix-profile
# --no-eval-cache evaluates again, and keeps that evaluation for the next.
switch "$src/examples/configuration.nix" -v --no-eval-cache
! grep -q "no input of the last evaluation changed" "$root/log" || fail "--no-eval-cache reused"
switch "$src/examples/configuration.nix" -v
grep -q "no input of the last evaluation changed" "$root/log" ||
  fail "the evaluation of --no-eval-cache was not kept"
[[ ! -e $root/etc/profiles/per-user/eve ]] || fail "/etc/profiles/per-user/eve without useUserPackages"

# The seed's note: with useUserPackages the packages are in /etc/profiles.
cat >"$root/user-packages.nix" <<EOF
{ imports = [ $src/examples/configuration.nix ]; home-manager.useUserPackages = true; }
EOF
switch "$root/user-packages.nix"
check /etc/profiles/per-user/eve
# Home Manager's installPackages drops the now stale ~/.nix-profile.
[[ ! -e $root/home/eve/.nix-profile && ! -L $root/home/eve/.nix-profile ]] ||
  fail "the stale ~/.nix-profile is still there: $(readlink "$root/home/eve/.nix-profile")"
echo "ok: the seed switched into a sandbox root, with and without useUserPackages"
