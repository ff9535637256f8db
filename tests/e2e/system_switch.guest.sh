#!/bin/bash
# Runs inside the guest as root (systemd is PID 1): installs Hearth, then
# switches, changes, rolls back and fails configurations made by hand.
set -euo pipefail
cd "$HARNESS_IN"
install -m 0755 hearth /usr/local/bin/hearth
ln -sf hearth /usr/local/bin/nixos-rebuild
mkdir -p /usr/local/share && cp -r share /usr/local/share/hearth
cp -r lib/. /usr/local/lib/ && ldconfig
export HEARTH_STORE=/   # the store is /nix/store itself, as nixos-rebuild uses it

pass=0
ok() { echo "ok: $*"; pass=$((pass + 1)); }
die() { echo "FAIL: $*"; exit 1; }

add() { hearth store add --name "$1" "$2"; }

# A Home Manager generation stand-in: links ~/.bashrc, records which one ran.
generation() { # NAME EXIT
  local d; d=$(mktemp -d)
  printf 'export FROM_HEARTH=%s\n' "$1" > "$d/bashrc"
  local rc; rc=$(add hm-bashrc "$d/bashrc")
  mkdir "$d/gen"
  cat > "$d/gen/activate" <<EOF
#!/bin/sh
echo "Starting Home Manager activation ($1) for \$USER"
[ "\$(id -un)" = eve ] || exit 3
ln -sfn $rc "\$HOME/.bashrc"
echo $1 > "\$HOME/.hm-generation"
exit $2
EOF
  chmod +x "$d/gen/activate"
  add home-manager-generation "$d/gen"
}

unit_text() { # GENERATION
  cat <<EOF
[Unit]
After=nix-daemon.socket
Before=systemd-user-sessions.service
Description=Home Manager environment for eve
RequiresMountsFor=/home/eve
Wants=nix-daemon.socket

[Service]
Environment="QT_QPA_PLATFORM=offscreen"
X-StopIfChanged=false
ExecStart=$1/activate --driver-version 1
RemainAfterExit=yes
SyslogIdentifier=hm-activate-eve
TimeoutStartSec=5m
Type=oneshot
User=eve

[Install]
WantedBy=multi-user.target
EOF
}

json_string() { sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' | awk '{printf "%s\\n", $0}'; }

config() { # NAME EXIT
  local gen env d
  gen=$(generation "$1" "$2")
  d=$(mktemp -d)
  mkdir -p "$d/env/bin" "$d/env/etc/profile.d"
  printf '#!/bin/sh\necho "HTTPie stand-in 3.2"\n' > "$d/env/bin/http"
  chmod +x "$d/env/bin/http"
  echo 'export HM_SESSION=1' > "$d/env/etc/profile.d/hm-session-vars.sh"
  env=$(add user-environment "$d/env")
  mkdir "$d/top"
  cat > "$d/top/manifest.json" <<EOF
{"version":1,"hostName":null,"stateVersion":"23.11","systemPath":"",
 "users":{"eve":{"name":"eve","uid":null,"group":"users","extraGroups":[],"description":"","home":"/home/eve",
   "homeMode":"700","createHome":true,"isNormalUser":true,"isSystemUser":false,"shell":"/bin/bash"}},
 "groups":{"users":{"name":"users","gid":100,"members":[]}},
 "etc":{"profiles/per-user/eve":{"source":"$env","mode":"symlink","user":"+0","group":"+0"}},
 "units":{"home-manager-eve.service":{"text":"$(unit_text "$gen" | json_string)","enable":true,
   "wantedBy":["multi-user.target"],"requiredBy":[],"upheldBy":[],"aliases":[],
   "restartIfChanged":true,"reloadIfChanged":false,"stopIfChanged":false}},
 "userUnits":{},"profiles":{"eve":{"packages":[],"path":"$env"}},
 "homeManager":{"eve":{"user":"eve","home":"/home/eve","activationPackage":"$gen",
   "service":"home-manager-eve.service","startAsUserService":false}},
 "userActivationScripts":{},"variables":{},"warnings":[]}
EOF
  add hearth-system "$d/top"
}

one=$(config one 0)
two=$(config two 0)
broken=$(config broken 1)

# 1. First switch: account, home, profile link, unit installed and started.
nixos-rebuild switch --toplevel "$one" 2>&1 | tee /tmp/switch1.log
grep -q "starting the following units: home-manager-eve.service" /tmp/switch1.log || die "unit not started"
[ "$(systemctl is-active home-manager-eve.service)" = active ] || die "unit not active"
[ "$(systemctl show -p SubState --value home-manager-eve.service)" = exited ] || die "not active (exited)"
[ "$(systemctl show -p Result --value home-manager-eve.service)" = success ] || die "result not success"
ok "home-manager-eve.service active (exited) with success"
getent passwd eve | grep -q '^eve:x:1000:100::/home/eve:/bin/bash$' || die "eve's account: $(getent passwd eve)"
[ "$(stat -c '%U %a' /home/eve)" = "eve 700" ] || die "home: $(stat -c '%U %a' /home/eve)"
ok "eve created with uid 1000, home 0700"
[[ $(readlink /home/eve/.bashrc) == /nix/store/*-hm-bashrc ]] || die ".bashrc is not a store link"
[ "$(cat /home/eve/.hm-generation)" = one ] || die "generation one did not run"
ok "eve's .bashrc links into the store"
[ "$(runuser -u eve -- /etc/profiles/per-user/eve/bin/http --version)" = "HTTPie stand-in 3.2" ] || die "http"
[ -f /etc/profiles/per-user/eve/etc/profile.d/hm-session-vars.sh ] || die "hm-session-vars.sh"
ok "/etc/profiles/per-user/eve/bin/http runs; hm-session-vars.sh is there"
journalctl --no-pager -u home-manager-eve.service | grep -q "Starting Home Manager activation (one) for eve" ||
  die "activation output not in the journal"
ok "activation output in the journal"
systemd-analyze verify /etc/systemd/system/home-manager-eve.service 2>&1 | tee /tmp/verify.log
! grep -qi "error\|invalid\|unknown" /tmp/verify.log || die "systemd-analyze verify complained"
ok "systemd-analyze verify accepts the unit"

# 2. A changed configuration restarts the unit.
nixos-rebuild switch --toplevel "$two" 2>&1 | tee /tmp/switch2.log
grep -q "restarting the following units: home-manager-eve.service" /tmp/switch2.log || die "not restarted"
[ "$(cat /home/eve/.hm-generation)" = two ] || die "generation two did not run"
[ "$(systemctl is-active home-manager-eve.service)" = active ] || die "unit not active after restart"
ok "a changed configuration restarts home-manager-eve.service"

# 3. The same configuration again changes nothing.
nixos-rebuild switch --toplevel "$two" 2>&1 | tee /tmp/switch3.log
! grep -q "following units" /tmp/switch3.log || die "a no-op switch acted on units"
ok "a second identical switch is a no-op"

# 4. Generations and rollback.
nixos-rebuild list-generations | tee /tmp/gens.log
grep -q '^2 current ' /tmp/gens.log || die "generation 2 not current"
nixos-rebuild switch --rollback 2>&1 | tee /tmp/rollback.log
[ "$(cat /home/eve/.hm-generation)" = one ] || die "rollback did not re-activate generation one"
nixos-rebuild list-generations | grep -q '^1 current ' || die "generation 1 not current after rollback"
ok "rollback re-activates the previous generation"

# 5. A failing activation: exit status 4, the unit named, its status shown.
set +e
nixos-rebuild switch --toplevel "$broken" > /tmp/broken.log 2>&1
status=$?
set -e
cat /tmp/broken.log
[ $status = 4 ] || die "a failed activation exited $status, not 4"
grep -q "the following units failed: home-manager-eve.service" /tmp/broken.log || die "failure not reported"
ok "a failed activation exits 4 and names the unit"

echo "$pass passed, 0 failed"
