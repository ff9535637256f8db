#!/bin/bash
# Runs inside the guest as root (systemd is PID 1): eve gets a lingering
# user manager and a single-user /nix, then runs `home-manager switch`
# herself with three home.nix files, and `systemctl --user` is asked after
# each what reloadSystemd did:
#   1. first switch (no XDG_RUNTIME_DIR: the step finds the manager itself):
#      hello, keeper, stayer, reloader, swapper and greeter@main (the
#      DefaultInstance of a wanted template) active; tick.timer and
#      echo.socket started through timers.target and sockets.target
#   2. every service's ExecStart or environment changed, `later` added:
#      hello restarted (new MainPID, new command), reloader reloaded in
#      place, keeper (X-SwitchMethod=keep-old) and stayer
#      (X-RestartIfChanged=false) untouched, the slice stayer runs in
#      changed in place, swapper (stop-start) stopped
#      by its old ExecStop and started anew, later started
#   3. hello and the never-started idle removed: hello stopped by its own
#      ExecStop, its unit file and .wants link gone, the switch not failed
#      by idle, nothing else restarted
#   4. broken (a oneshot that fails) and zz added: the switch fails naming
#      broken.service, and zz is started all the same
#   5. broken removed: the switch warns of the degraded session and
#      forgets the failed unit, so the session is running again
#   (2 also: waker, present but unwanted before, now wanted by
#   default.target, is started; worker@1, an instance started by hand,
#   is restarted when its template changes; echo.socket changes while
#   echo.service runs, and listens again after the switch)
#   6. crasher added, which exits 0.1 s after it starts, with
#      servicesStartTimeoutMs = 800: the switch fails naming it
set -euo pipefail
cd "$HARNESS_IN"
install -m 0755 hearth /usr/local/bin/hearth
ln -sf hearth /usr/local/bin/home-manager
mkdir -p /usr/local/share && cp -r share /usr/local/share/hearth
cp -r lib/. /usr/local/lib/ && ldconfig

pass=0
ok() { echo "ok: $*"; pass=$((pass + 1)); }
die() { echo "FAIL: $*"; exit 1; }

useradd --create-home --shell /bin/bash eve
uid=$(id -u eve)
# A single-user store, as a one-user Nix install has: eve owns /nix.
mkdir /nix && chown eve: /nix
loginctl enable-linger eve
systemctl start "user@$uid.service"

# as_eve [VAR=value...] COMMAND...: COMMAND as eve with a clean environment.
as_eve() {
  runuser -u eve -- env -i HOME=/home/eve USER=eve LOGNAME=eve PATH=/usr/local/bin:/usr/bin:/bin \
    HEARTH_STORE=/ NO_COLOR=1 "$@"
}
user() { as_eve XDG_RUNTIME_DIR="/run/user/$uid" systemctl --user "$@"; }
state=$(user is-system-running --wait || true)
[ "$state" = running ] || die "eve's user manager: $state"
ok "eve's user manager is running (user@$uid.service)"

# switch NAME [VAR=value...]: home-manager switch with home-NAME.nix.
switch() {
  local name=$1 status=0
  shift
  install -o eve -g eve -m 0644 "home-$name.nix" /home/eve/.config/home-manager/home.nix
  as_eve "$@" home-manager -I nixpkgs=/usr/local/share/hearth/nixpkgs \
    -I home-manager=/usr/local/share/hearth/home-manager switch >"/tmp/$name.log" 2>&1 || status=$?
  [ $status = 0 ] || { cat "/tmp/$name.log"; die "home-manager switch ($name) exited $status"; }
  # systemctl asks for a daemon-reload when a unit is acted on before it.
  ! grep 'daemon-reload' "/tmp/$name.log" || die "switch $name: systemctl warned"
  state=$(user is-system-running || true)
  [ "$state" = running ] || { user --no-pager --state=failed list-units; die "after $name: $state"; }
}
active() { [ "$(user is-active "$1" || true)" = active ]; }
main_pid() { user show -p MainPID --value "$1"; }
# The command line of a unit's main process, NULs as spaces.
command_of() { tr '\0' ' ' <"/proc/$(main_pid "$1")/cmdline"; }
expect_command() {
  local got
  got=$(command_of "$1")
  [[ $got == /nix/store/*-coreutils-host/bin/sleep\ $2\  ]] || die "$1 runs '$got', not sleep $2"
}

# home.nix for generation $1: the services' arguments carry the generation,
# so the second changes every one of them; the third only drops hello.
home_nix() {
  local v=$(($1 < 2 ? $1 : 2))
  cat <<NIX
{ pkgs, ... }:
let
  sleep = n: "\${pkgs.coreutils}/bin/sleep \${toString n}";
in
{
  home.username = "eve";
  home.homeDirectory = "/home/eve";
  home.stateVersion = "25.11";

  systemd.user.services = {
    keeper = {
      Unit.X-SwitchMethod = "keep-old";
      Service.ExecStart = sleep ${v}002;
      Install.WantedBy = [ "default.target" ];
    };
    stayer = {
      Unit.X-RestartIfChanged = false;
      Service.Slice = "hearth.slice";
      Service.ExecStart = sleep ${v}003;
      Install.WantedBy = [ "default.target" ];
    };
    # Counts its SIGHUPs in a file; a reload must not replace the process.
    reloader = {
      Unit.X-SwitchMethod = "reload";
      Service.Environment = "GENERATION=${v}";
      Service.ExecStart = toString (pkgs.writeShellScript "reloader" ''
        trap 'echo reloaded >>"\$XDG_RUNTIME_DIR/reloader.log"' HUP
        while :; do \${sleep 1000} & wait; done
      '');
      Service.ExecReload = "\${pkgs.writeShellScript "hup" ''kill -HUP "\$1"''} \$MAINPID";
      Install.WantedBy = [ "default.target" ];
    };
    # Stopped under its old definition (its ExecStop), started under the new.
    swapper = {
      Unit.X-SwitchMethod = "stop-start";
      Service.ExecStart = sleep ${v}006;
      Service.ExecStop = toString (pkgs.writeShellScript "swapper-stop" ''
        echo "stopped ${v}006" >>"\$XDG_RUNTIME_DIR/swapper.log"
      '');
      Install.WantedBy = [ "default.target" ];
    };
    tick.Service = {
      Type = "oneshot";
      ExecStart = "\${pkgs.coreutils}/bin/true";
    };
    # Started by hand, as a connection would; its socket changes later.
    echo.Service.ExecStart = sleep 9009;
    # WantedBy on a template: its DefaultInstance is what starts.
    "greeter@" = {
      Service.ExecStart = sleep 9010;
      Install.DefaultInstance = "main";
      Install.WantedBy = [ "default.target" ];
    };
    # Started by hand; its template changes in the second generation.
    "worker@".Service.ExecStart = "\${pkgs.coreutils}/bin/sleep ${v}00%i";
NIX
  if [ "$1" = 1 ]; then
    # Present but wanted by nothing until the second generation.
    cat <<NIX
    waker.Service.ExecStart = sleep 9008;
NIX
  else
    cat <<NIX
    waker = {
      Service.ExecStart = sleep 9008;
      Install.WantedBy = [ "default.target" ];
    };
NIX
  fi
  if [ "$1" = 6 ]; then
    cat <<NIX
    crasher = {
      Service.ExecStart = "\${pkgs.bash}/bin/bash -c 'sleep 0.1; exit 1'";
      Install.WantedBy = [ "default.target" ];
    };
NIX
  fi
  if [ "$1" -lt 3 ]; then
    cat <<NIX
    hello = {
      Unit.Description = "Says hello";
      Service.ExecStart = sleep ${1}001;
      # Leaves a trace: a stop must run the unit's own ExecStop.
      Service.ExecStop = toString (pkgs.writeShellScript "hello-stop" ''
        echo "stopped ${1}001" >>"\$XDG_RUNTIME_DIR/hello.log"
      '');
      Install.WantedBy = [ "default.target" ];
    };
NIX
  fi
  if [ "$1" -lt 3 ]; then
    # Never started: nothing wants it.
    cat <<NIX
    idle.Service.ExecStart = sleep 9005;
NIX
  fi
  if [ "$1" != 1 ]; then
    cat <<NIX
    later = {
      Service.ExecStart = sleep 9004;
      Install.WantedBy = [ "default.target" ];
    };
NIX
  fi
  if [ "$1" = 4 ]; then
    cat <<NIX
    broken = {
      Service.Type = "oneshot";
      Service.ExecStart = "\${pkgs.coreutils}/bin/false";
      Install.WantedBy = [ "default.target" ];
    };
NIX
  fi
  if [ "$1" -ge 4 ]; then
    cat <<NIX
    zz = {
      Service.ExecStart = sleep 9007;
      Install.WantedBy = [ "default.target" ];
    };
NIX
  fi
  cat <<NIX
  };
  systemd.user.servicesStartTimeoutMs = $([ "$1" = 6 ] && echo 800 || echo 0);
  # Its change takes effect at the daemon-reload; a restart would stop stayer.
  systemd.user.slices.hearth.Slice.CPUWeight = ${v}0;
  systemd.user.timers.tick = {
    Timer.OnActiveSec = "1h";
    Install.WantedBy = [ "timers.target" ];
  };
  systemd.user.sockets.echo = {
    Socket.ListenStream = "%t/hearth-echo.sock";
    Socket.Backlog = ${v}0;
    Install.WantedBy = [ "sockets.target" ];
  };
}
NIX
}
for g in 1 2 3 4 5 6; do home_nix $g >"home-$g.nix"; done
as_eve mkdir -p /home/eve/.config/home-manager
units=/home/eve/.config/systemd/user

# 1. The first switch starts what the targets want.
t0=$SECONDS
switch 1
echo "  (first switch: $((SECONDS - t0))s)"
for u in hello.service keeper.service stayer.service reloader.service swapper.service tick.timer echo.socket greeter@main.service; do
  active "$u" || { cat /tmp/1.log; die "$u is $(user is-active "$u" || true) after the first switch"; }
done
expect_command hello.service 1001
expect_command keeper.service 1002
[ -S "/run/user/$uid/hearth-echo.sock" ] || die "echo.socket does not listen"
active later.service && die "later.service runs before it is declared"
ok "first switch: hello, keeper, stayer, reloader, swapper, greeter@main (a template's DefaultInstance) started; tick.timer and echo.socket through timers.target and sockets.target"

active waker.service && die "waker.service runs before anything wants it"
user start worker@1.service
user start echo.service
hello_pid=$(main_pid hello.service)
worker_pid=$(main_pid worker@1.service)
keeper_pid=$(main_pid keeper.service)
stayer_pid=$(main_pid stayer.service)
reloader_pid=$(main_pid reloader.service)
swapper_pid=$(main_pid swapper.service)

# 2. Everything changed: each unit as its switch method says.
t0=$SECONDS
switch 2 XDG_RUNTIME_DIR="/run/user/$uid"
echo "  (second switch: $((SECONDS - t0))s)"
active hello.service || die "hello.service is not active after its change"
[ "$(main_pid hello.service)" != "$hello_pid" ] || die "hello.service was not restarted"
expect_command hello.service 2001
# A restart stops the unit under its new definition (after the reload).
[ "$(cat "/run/user/$uid/hello.log")" = "stopped 2001" ] || die "hello.log: $(cat "/run/user/$uid/hello.log")"
ok "a changed ExecStart restarts hello.service: now $(command_of hello.service)"
[ "$(main_pid keeper.service)" = "$keeper_pid" ] || die "keeper.service (keep-old) was restarted"
expect_command keeper.service 1002
ok "X-SwitchMethod=keep-old: keeper.service still runs its old command"
[ "$(main_pid stayer.service)" = "$stayer_pid" ] || die "stayer.service (X-RestartIfChanged=false) was restarted"
expect_command stayer.service 1003
ok "X-RestartIfChanged=false: stayer.service still runs its old command"
[ "$(user show -p CPUWeight --value hearth.slice)" = 20 ] || die "hearth.slice: CPUWeight $(user show -p CPUWeight --value hearth.slice)"
ok "a changed slice takes its new settings without stopping stayer.service inside it"
[ "$(main_pid reloader.service)" = "$reloader_pid" ] || die "reloader.service was restarted, not reloaded"
for _ in $(seq 50); do [ -s "/run/user/$uid/reloader.log" ] && break; sleep 0.1; done
[ "$(cat "/run/user/$uid/reloader.log" 2>/dev/null)" = reloaded ] || die "reloader.service got no SIGHUP"
ok "X-SwitchMethod=reload: reloader.service reloaded once, same process"
active later.service || die "later.service, new in the second generation, is $(user is-active later.service || true)"
expect_command later.service 9004
ok "a unit added by a later switch is started"
[ "$(main_pid swapper.service)" != "$swapper_pid" ] || die "swapper.service (stop-start) was not replaced"
expect_command swapper.service 2006
[ "$(cat "/run/user/$uid/swapper.log")" = "stopped 1006" ] ||
  die "swapper.service was not stopped under its old definition: $(cat "/run/user/$uid/swapper.log")"
ok "X-SwitchMethod=stop-start: swapper.service stopped by its old ExecStop, started anew"
active waker.service || die "waker.service, newly wanted by default.target, is $(user is-active waker.service || true)"
ok "an existing unit newly wanted by an active target is started"
[ "$(main_pid worker@1.service)" != "$worker_pid" ] || die "worker@1.service was not restarted"
expect_command worker@1.service 2001
active echo.socket && [ -S "/run/user/$uid/hearth-echo.sock" ] ||
  die "echo.socket, changed while echo.service ran, is $(user is-active echo.socket || true)"
[ "$(user show -p Backlog --value echo.socket)" = 20 ] || die "echo.socket: Backlog $(user show -p Backlog --value echo.socket)"
ok "a changed socket whose service ran is started again, listening (its service stopped)"
ok "a changed template restarts its running instance: now $(command_of worker@1.service)"

# 3. hello removed: stopped and gone; the rest left running as it was.
later_pid=$(main_pid later.service)
t0=$SECONDS
switch 3 XDG_RUNTIME_DIR="/run/user/$uid"
echo "  (third switch: $((SECONDS - t0))s)"
state=$(user is-active hello.service || true)
[ "$state" = inactive ] || die "hello.service is $state after its removal"
[ ! -e "$units/hello.service" ] && [ ! -e "$units/default.target.wants/hello.service" ] ||
  die "hello.service's file or link is left: $(ls -R "$units")"
[ "$(user show -p LoadState --value hello.service)" = not-found ] || die "systemd still loads hello.service"
[ "$(cat "/run/user/$uid/hello.log")" = $'stopped 2001\nstopped 2001' ] ||
  die "the removed hello.service did not run its ExecStop: $(cat "/run/user/$uid/hello.log")"
ok "a removed unit is stopped by its own ExecStop, its file and .wants link gone; one that never ran is just dropped"
[ "$(main_pid later.service)" = "$later_pid" ] || die "the unchanged later.service was restarted"
[ "$(main_pid keeper.service)" = "$keeper_pid" ] || die "the unchanged keeper.service was restarted"
[ "$(cat "/run/user/$uid/reloader.log")" = reloaded ] || die "the unchanged reloader.service was reloaded again"
active tick.timer && active echo.socket || die "tick.timer or echo.socket stopped"
ok "units unchanged by the third switch keep their processes"

# 4. A new unit fails to start: the switch fails, saying which, and the
# units after it are started all the same.
install -o eve -g eve -m 0644 home-4.nix /home/eve/.config/home-manager/home.nix
status=0
as_eve home-manager -I nixpkgs=/usr/local/share/hearth/nixpkgs \
  -I home-manager=/usr/local/share/hearth/home-manager switch >/tmp/4.log 2>&1 || status=$?
[ $status != 0 ] || die "the switch starting the failing broken.service succeeded"
grep -q 'broken.service' /tmp/4.log || { cat /tmp/4.log; die "the failed switch does not name broken.service"; }
[ "$(user is-active broken.service || true)" = failed ] || die "broken.service: $(user is-active broken.service || true)"
active zz.service || { cat /tmp/4.log; die "zz.service, after the failing unit, was not started"; }
ok "a unit failing to start fails the switch, naming it; the other new units start"

# 5. The failing unit removed: the session is no longer degraded.
switch 5 XDG_RUNTIME_DIR="/run/user/$uid"
grep -q 'degraded' /tmp/5.log || die "switch 5 did not warn of the degraded session"
[ "$(user is-active broken.service || true)" = inactive ] || die "broken.service: $(user is-active broken.service || true)"
ok "removing the failed unit clears it: the session is running again"

# 6. A service that dies 0.1 s after its start, with an 800 ms window.
install -o eve -g eve -m 0644 home-6.nix /home/eve/.config/home-manager/home.nix
status=0
t0=$SECONDS
as_eve home-manager -I nixpkgs=/usr/local/share/hearth/nixpkgs \
  -I home-manager=/usr/local/share/hearth/home-manager switch >/tmp/6.log 2>&1 || status=$?
echo "  (sixth switch: $((SECONDS - t0))s)"
[ $status != 0 ] || { cat /tmp/6.log; die "the switch starting crasher.service, which dies at once, succeeded"; }
grep -q 'crasher.service failed within 800 ms' /tmp/6.log || { cat /tmp/6.log; die "the failed switch does not name crasher.service"; }
ok "servicesStartTimeoutMs: a service failing within the window fails the switch, naming it"

echo "$pass passed"
