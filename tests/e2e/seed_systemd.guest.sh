#!/bin/bash
# Runs inside the guest as root (systemd is PID 1): installs Hearth, puts the
# seed's example at /etc/nixos/configuration.nix and follows the seed
# (shared/seed/nixos-module.md) as written: `nixos-rebuild switch`, then
# `systemctl status "home-manager-$USER.service"`, eve's login shell, her
# hm-session-vars.sh; then a changed configuration, and useUserPackages.
set -euo pipefail
cd "$HARNESS_IN"
install -m 0755 hearth /usr/local/bin/hearth
ln -sf hearth /usr/local/bin/nixos-rebuild
mkdir -p /usr/local/share && cp -r share /usr/local/share/hearth
cp -r lib/. /usr/local/lib/ && ldconfig

pass=0
ok() { echo "ok: $*"; pass=$((pass + 1)); }
die() { echo "FAIL: $*"; exit 1; }
t0=$SECONDS
took() { echo "  ($((SECONDS - t0))s)"; t0=$SECONDS; }

# What a download would have brought: the .deb files, added to the store
# under the fixed-output paths the configuration names.
for f in debs/*; do
  hearth store --store / add --flat --name "${f#debs/}" "$f" >/dev/null
done
ok "$(ls debs | wc -l) .deb files in /nix/store; no network"
index=$HARNESS_IN/debian-index

mkdir -p /etc/nixos
cp configuration.nix /etc/nixos/configuration.nix
grep -q 'home-manager.users.eve = { pkgs, ... }: {' /etc/nixos/configuration.nix || die "not the seed"

# rebuild NAME: nixos-rebuild switch, its output kept in /tmp/NAME.log.
rebuild() {
  local status=0
  nixos-rebuild switch -I hearth-debian-index="$index" >"/tmp/$1.log" 2>&1 || status=$?
  cat "/tmp/$1.log"
  [ $status = 0 ] || die "nixos-rebuild switch ($1) exited $status"
}
# as_eve COMMAND: COMMAND in eve's login shell (/etc/profile, ~/.profile...).
as_eve() { su - eve -c "$1"; }

# 1. The switch: eve, her home, the unit started and active (exited).
rebuild first
took
grep -q "starting the following units: home-manager-eve.service" /tmp/first.log ||
  die "home-manager-eve.service not started"
status=$(as_eve 'systemctl status "home-manager-$USER.service"' || true)
echo "$status"
grep -q "Active: active (exited)" <<<"$status" || die "systemctl status: not active (exited)"
[ "$(systemctl show -p Result --value home-manager-eve.service)" = success ] || die "result"
ok "systemctl status \"home-manager-\$USER.service\" as eve: active (exited)"
journalctl --no-pager -o cat -u home-manager-eve.service >/tmp/journal1
grep -q "Starting Home Manager activation" /tmp/journal1 &&
  grep -q "Creating home file links in /home/eve" /tmp/journal1 ||
  { cat /tmp/journal1; die "the activation's output is not in the journal"; }
ok "the journal has the activation's output"

# 2. The environment: a basic Bash configuration and the packages.
for f in .bashrc .profile .bash_profile; do
  [[ $(readlink "/home/eve/$f") == /nix/store/*-home-manager-files/$f ]] ||
    die "~eve/$f: $(readlink "/home/eve/$f")"
done
ok "~eve/.bashrc, .profile, .bash_profile link into the store"
grep -q '/etc/profile.d/\*.sh' /etc/profile || die "Debian's /etc/profile does not read profile.d"
[ -f /etc/profile.d/hearth-environment.sh ] || die "no /etc/profile.d/hearth-environment.sh"
found=$(as_eve 'command -v http atool') || die "eve's login shell lacks http or atool"
echo "$found"
[ "$found" = "/home/eve/.nix-profile/bin/http
/home/eve/.nix-profile/bin/atool" ] || die "http and atool not from ~/.nix-profile"
as_eve 'http --version' | grep -q '^3\.' || die "http --version"
as_eve 'atool --version' | grep -q '^atool' || die "atool --version"
as_eve 'cd /tmp && echo hi > a.txt && apack a.tar.gz a.txt >/dev/null && als a.tar.gz' | grep -q a.txt ||
  die "atool cannot pack and list an archive"
ok "eve's login shell runs http $(as_eve 'http --version') and atool (packs, lists)"
as_eve '. "$HOME/.nix-profile/etc/profile.d/hm-session-vars.sh" && echo "$__HM_SESS_VARS_SOURCED"' |
  grep -qx 1 || die "sourcing ~/.nix-profile/etc/profile.d/hm-session-vars.sh"
ok ". \"\$HOME/.nix-profile/etc/profile.d/hm-session-vars.sh\" works"

# 3. Every unit Hearth wrote passes systemd-analyze verify.
units=$(awk -F'\t' '$1 == "file" { print $2 }' /var/lib/hearth/system/unit-files)
[ -n "$units" ] || die "Hearth recorded no unit files"
verify() {
  # shellcheck disable=SC2086
  systemd-analyze verify $units >/tmp/verify.log 2>&1 || { cat /tmp/verify.log; die "verify: $units"; }
  ! grep -v '^$' /tmp/verify.log || die "systemd-analyze verify complained"
}
verify
ok "systemd-analyze verify accepts $(echo $units)"

# 4. A changed configuration: the unit restarts and the change shows.
mv /etc/nixos/configuration.nix /etc/nixos/seed.nix
cat >/etc/nixos/configuration.nix <<'EOF'
{
  imports = [ ./seed.nix ];
  home-manager.users.eve = {
    home.sessionVariables.SEED_GREETING = "hello from the second switch";
    home.file."notes/seed.txt".text = "written by the second switch\n";
  };
}
EOF
before=$(systemctl show -p InvocationID --value home-manager-eve.service)
rebuild second
took
grep -q "restarting the following units: home-manager-eve.service" /tmp/second.log ||
  die "home-manager-eve.service not restarted"
[ "$(systemctl show -p InvocationID --value home-manager-eve.service)" != "$before" ] ||
  die "the unit did not run again"
[ "$(systemctl is-active home-manager-eve.service)" = active ] || die "not active after the restart"
[ "$(as_eve 'cat ~/notes/seed.txt')" = "written by the second switch" ] || die "home.file"
[ "$(as_eve 'echo "$SEED_GREETING"')" = "hello from the second switch" ] ||
  die "home.sessionVariables not in eve's login shell"
ok "a changed configuration restarts the unit; the new file and variable are there"
units=$(awk -F'\t' '$1 == "file" { print $2 }' /var/lib/hearth/system/unit-files)
verify

# 5. The seed's note: with useUserPackages the packages are in /etc/profiles.
cat >/etc/nixos/configuration.nix <<'EOF'
{
  imports = [ ./seed.nix ];
  home-manager.useUserPackages = true;
}
EOF
rebuild third
took
grep -q "restarting the following units: home-manager-eve.service" /tmp/third.log ||
  die "home-manager-eve.service not restarted for useUserPackages"
[ "$(systemctl is-active home-manager-eve.service)" = active ] || die "not active"
[[ ":$(as_eve 'echo "$PATH"'):" == *:/etc/profiles/per-user/eve/bin:* ]] ||
  die "/etc/profiles/per-user/eve/bin is not on eve's login PATH"
as_eve '/etc/profiles/per-user/eve/bin/http --version' | grep -q '^3\.' || die "http from /etc/profiles"
as_eve '/etc/profiles/per-user/eve/bin/atool --version' | grep -q '^atool' || die "atool from /etc/profiles"
as_eve '. "/etc/profiles/per-user/$USER/etc/profile.d/hm-session-vars.sh" && echo "$__HM_SESS_VARS_SOURCED"' |
  grep -qx 1 || die "sourcing /etc/profiles/per-user/\$USER/etc/profile.d/hm-session-vars.sh"
[ ! -e /home/eve/notes/seed.txt ] || die "the second switch's file outlived its configuration"
# Home Manager's installPackages removes the home-manager-path left in the
# user's own profile by the earlier switches (nixProfileRemove), so eve's
# http now comes from /etc/profiles.
[ ! -e /home/eve/.nix-profile ] || die "the stale home-manager-path stays in ~/.nix-profile"
[ "$(as_eve 'command -v http')" = /etc/profiles/per-user/eve/bin/http ] || die "http not from /etc/profiles"
ok "useUserPackages: http and atool from /etc/profiles/per-user/eve; its hm-session-vars.sh works"

# 6. backupFileExtension, and a user whose activation fails: the switch
# exits 4 naming bob's unit with the reason from its journal, and eve is
# still activated (her own file in the way is moved aside).
runuser -u eve -- sh -c 'echo "set bell-style none" > ~/.inputrc'
cat >/etc/nixos/configuration.nix <<'EOF'
{
  imports = [ ./seed.nix ];
  home-manager.backupFileExtension = "bak";
  home-manager.users.eve.home.file.".inputrc".text = "set editing-mode vi\n";
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
status=0
nixos-rebuild switch -I hearth-debian-index="$index" >/tmp/fourth.log 2>&1 || status=$?
cat /tmp/fourth.log
took
[ $status = 4 ] || die "a switch with a failing user exited $status, not 4"
grep -q "the following units failed: home-manager-bob.service" /tmp/fourth.log || die "bob not named"
grep -q "bob's home is not ready: no key in place" /tmp/fourth.log || die "the reason is not shown"
[ "$(systemctl is-failed home-manager-bob.service)" = failed ] || die "bob's unit is not failed"
[ "$(systemctl is-active home-manager-eve.service)" = active ] || die "eve's unit is not active"
[ "$(as_eve 'cat ~/.inputrc')" = "set editing-mode vi" ] || die "eve's ~/.inputrc is not the managed one"
[[ $(readlink /home/eve/.inputrc) == /nix/store/* ]] || die "eve's ~/.inputrc is not a store link"
[ "$(cat /home/eve/.inputrc.bak)" = "set bell-style none" ] || die "eve's own ~/.inputrc was not backed up"
ok "a failing user: exit 4, home-manager-bob.service and its reason named; eve activated, her file kept as .inputrc.bak"
units=$(awk -F'\t' '$1 == "file" { print $2 }' /var/lib/hearth/system/unit-files)
verify
ok "systemd-analyze verify accepts $(echo $units)"

# 7. startAsUserService: no system unit for eve; her own systemd instance
# activates her home (the drop-in in her per-user profile gives its user
# unit her generation): at a switch while the instance runs, and when it
# starts, as at a login.
uid=$(id -u eve)
as_eve_systemctl() { runuser -u eve -- env XDG_RUNTIME_DIR="/run/user/$uid" systemctl --user "$@"; }
systemctl start "user@$uid.service"
user_config() {
  cat >/etc/nixos/configuration.nix <<EOF
{
  imports = [ ./seed.nix ];
  home-manager.startAsUserService = true;
  home-manager.users.eve.home.file."notes/user-service.txt".text = "$1\n";
}
EOF
}
user_config first
rebuild fifth
took
grep -q "reloading user units for eve" /tmp/fifth.log || die "eve's user units were not reloaded"
[ ! -e /etc/systemd/system/home-manager-eve.service ] || die "the system unit outlived its mode"
[ -f /etc/systemd/user/home-manager.service ] || die "no /etc/systemd/user/home-manager.service"
[ "$(as_eve_systemctl is-active home-manager.service)" = active ] ||
  { as_eve_systemctl status home-manager.service || true; die "eve's home-manager.service is not active"; }
[ "$(as_eve 'cat ~/notes/user-service.txt')" = first ] || die "the user service did not activate eve's home"
journalctl --no-pager -o cat _SYSTEMD_USER_UNIT=home-manager.service _UID="$uid" >/tmp/journal7
grep -q "Creating home file links in /home/eve" /tmp/journal7 ||
  { cat /tmp/journal7; die "the user service's activation is not in eve's journal"; }
ok "startAsUserService: a switch runs eve's home-manager.service in her systemd instance"

# Logged out: the switch says the home waits; starting her instance (what
# a login does) activates the new generation.
systemctl stop "user@$uid.service"
user_config second
rebuild sixth
grep -q "the home of 'eve' is activated when their systemd instance next starts" /tmp/sixth.log ||
  die "the switch does not say eve's home waits for her login"
# Read as root: `su - eve` opens a session, whose pam_systemd starts her
# instance, which would activate the new generation while we read.
got="$(cat /home/eve/notes/user-service.txt 2>&1)" || true
[ "$got" = first ] || die "activated without a user instance: notes/user-service.txt says $got"
systemctl start "user@$uid.service"
for _ in $(seq 50); do
  [ "$(cat /home/eve/notes/user-service.txt 2>/dev/null)" = second ] && break
  sleep 0.2
done
[ "$(as_eve 'cat ~/notes/user-service.txt')" = second ] ||
  { as_eve_systemctl status nixos-activation.service home-manager.service || true;
    die "starting eve's systemd instance did not activate her new generation"; }
ok "startAsUserService: starting eve's systemd instance (a login) activates her new generation"
echo "$pass passed, 0 failed"
