#!/usr/bin/env bash
# Every program and service module (and window manager) enabled with its
# defaults, against Hearth's real Debian-backed package set: a minimal home
# with that one `enable` must evaluate to a generation's derivation. The
# module tests use stub packages, so only here does a default package
# attribute (pkgs.NAME) meet the names of Debian 12's archive
# (share/hearth/nixpkgs/debian/aliases.nix maps the names that differ).
# Nothing is built or fetched: derivations are computed, not written.
#
# One `hearth repl` evaluates every module: unlike tryEval, it goes on after
# any error (a missing attribute too) and prints its message, so a failing
# module is reported with its error's last line.
# Needs Debian's apt index (the package set's names); skips without.
# Usage: module_packages.test.sh /path/to/hearth
set -euo pipefail
hearth="$(realpath "$1")"
src="${HEARTH_SOURCE:-$(cd "$(dirname "$0")/../.." && pwd)}"
. "$src/tests/e2e/lib/home-checks.sh"
if ! apt-get indextargets --format '$(FILENAME)' 'Identifier: Packages' 2> /dev/null | grep -q .; then
  echo "SKIP: no apt package index on this machine"
  exit 0
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# Modules that cannot evaluate with only `enable`, with why.
skipped=(
  "programs.gnome-terminal|needs a profile with default = true (the default profile, as in Home Manager)"
  "programs.notmuch|asserts a user name (accounts or notmuch's settings)"
  "programs.todoman|asserts a calendar directory (accounts.calendar.basePath)"
  "services.gammastep|asserts a location (latitude and longitude, or a provider)"
  "services.redshift|asserts a location (latitude and longitude, or a provider)"
  "services.wlsunset|asserts sunrise and sunset, or latitude and longitude"
  "services.mpd|needs musicDirectory (no default from state version 22.11 without xdg.userDirs)"
  "services.mpdris2|needs services.mpd.musicDirectory, its music directory's default (as services.mpd)"
  "services.polybar|needs script, the command that starts the bars"
  "services.random-background|needs imageDirectory"
  "services.screen-locker|needs lockCmd"
)

# Modules whose default package Debian 12 lacks: "MODULE|TEXT|REASON".
# Each must still fail, with TEXT in its error (so a different breakage
# is reported); one that evaluates must leave this list.
expected_failures=(
  "programs.brave|'brave' missing|Debian 12 has no brave (nor brave-browser)"
  "programs.google-chrome|'google-chrome' missing|Debian 12 has no google-chrome"
  "programs.google-chrome-beta|'google-chrome-beta' missing|Debian 12 has no google-chrome-beta"
  "programs.google-chrome-dev|'google-chrome-dev' missing|Debian 12 has no google-chrome-dev"
  "programs.vivaldi|'vivaldi' missing|Debian 12 has no vivaldi"
  "programs.browserpass|browserpass cannot be found|Debian 12 names it webext-browserpass, and aliases.nix has no browserpass yet"
  "programs.carapace|carapace cannot be found|Debian 12 has no carapace"
  "programs.eza|eza cannot be found|Debian 12 has no eza (its exa is the fork's predecessor, with bin/exa, not the eza the aliases run)"
  "programs.exa|eza cannot be found|Debian 12 has no eza (programs.exa is renamed programs.eza)"
  "programs.joshuto|joshuto cannot be found|Debian 12 has no joshuto"
  "programs.mise|mise cannot be found|Debian 12 has no mise (nor rtx)"
  "programs.navi|navi cannot be found|Debian 12 has no navi"
  "programs.pet|pet cannot be found|Debian 12 has no pet"
  "programs.pyenv|pyenv cannot be found|Debian 12 has no pyenv"
  "programs.ruff|ruff cannot be found|Debian 12 has no ruff"
  "programs.starship|starship cannot be found|Debian 12 has no starship"
  "programs.translate-shell|translate-shell cannot be found|Debian 12 has no translate-shell"
  "programs.uv|uv cannot be found|Debian 12 has no uv"
  "services.batsignal|batsignal cannot be found|Debian 12 has no batsignal"
  "services.cliphist|cliphist cannot be found|Debian 12 has no cliphist"
  "services.clipmenu|clipmenu cannot be found|Debian 12 has no clipmenu"
  "services.pass-secret-service|pass-secret-service cannot be found|Debian 12 has no pass-secret-service"
  "services.poweralertd|poweralertd cannot be found|Debian 12 has no poweralertd"
  "services.stalonetray|'stalonetray' missing|Debian 12 has no stalonetray"
  "wayland.windowManager.hyprland|xdg-desktop-portal-hyprland cannot be found|Debian 12 has no hyprland nor xdg-desktop-portal-hyprland"
)

"$hearth" lock index "$tmp/index" > "$tmp/index.log" 2>&1 || {
  cat "$tmp/index.log"
  echo "FAIL: hearth lock index"
  exit 1
}
# A user's nixpkgs config and overlays stay out; the index is this one.
mkdir -p "$tmp/home"
export HOME="$tmp/home" HEARTH_DEBIAN_INDEX="$tmp/index"
unset NIXPKGS_CONFIG XDG_CONFIG_HOME NIX_PATH || true
# A store that cannot be opened: the repl then computes derivation paths
# without writing .drv files anywhere.
export HEARTH_STORE=/dev/null/no-store
nixpkgs="$src/share/hearth/nixpkgs"

cat > "$tmp/home.nix" << NIX
# PATH: a generation with PATH.enable = true and nothing else.
let
  pkgs = import <nixpkgs> { };
  inherit (pkgs) lib;
in
path:
(import $src/share/hearth/home-manager/home-manager/home-manager.nix {
  inherit pkgs;
  confPath = lib.recursiveUpdate {
    home.username = "tester";
    home.homeDirectory = "/home/tester";
    home.stateVersion = "25.11";
  } (lib.setAttrByPath (lib.splitString "." path ++ [ "enable" ]) true);
}).activationPackage.drvPath
NIX

# The modules: every option set with an `enable` option under programs,
# services and the window managers, and the other modules whose defaults
# name packages (qt's platform theme, gtk's theme engine, fontconfig).
cat > "$tmp/list.nix" << NIX
let
  inherit ((import $src/share/hearth/home-manager/home-manager/home-manager.nix {
    pkgs = import <nixpkgs> { };
    confPath = {
      home.username = "tester";
      home.homeDirectory = "/home/tester";
      home.stateVersion = "25.11";
    };
  })) options;
  under =
    prefix: set:
    map (n: prefix + n) (
      builtins.filter (n: set.\${n} ? enable && set.\${n}.enable ? _type) (builtins.attrNames set)
    );
in
builtins.concatStringsSep "\n" (
  under "programs." options.programs
  ++ under "services." options.services
  ++ under "xsession.windowManager." options.xsession.windowManager
  ++ under "wayland.windowManager." options.wayland.windowManager
  ++ [
    "qt"
    "gtk"
    "fonts.fontconfig"
  ]
)
NIX
"$hearth" instantiate --eval -I "nixpkgs=$nixpkgs" "$tmp/list.nix" |
  sed 's/^"//; s/"$//; s/\\n/\n/g' > "$tmp/modules"
count="$(grep -c . "$tmp/modules" || true)"
((count > 150)) || fail "only $count modules found"

declare -A skip=() expect=()
for s in "${skipped[@]}"; do skip[${s%%|*}]="${s#*|}"; done
for e in "${expected_failures[@]}"; do expect[${e%%|*}]="${e#*|}"; done
for m in "${!skip[@]}" "${!expect[@]}"; do
  grep -qx "$m" "$tmp/modules" || fail "$m is listed here but is no module"
done

{
  echo "f = import $tmp/home.nix"
  while read -r m; do
    [ -n "${skip[$m]:-}" ] && continue
    echo "\"@@ $m\""
    echo "f \"$m\""
  done < "$tmp/modules"
} > "$tmp/repl.in"
start=$(date +%s%N)
"$hearth" repl -I "nixpkgs=$nixpkgs" < "$tmp/repl.in" > "$tmp/repl.out" 2>&1 || true
ms=$((($(date +%s%N) - start) / 1000000))

# One line per module: "MODULE ok" or "MODULE error: LAST LINE", where the
# last line is the text of the innermost error (or the line after it when
# it ends in a colon, as "Failed assertions:" does).
awk '
  function flush() {
    if (m == "") return
    if (ok) print m " ok"; else print m " error: " (msg == "" ? "(no error message)" : msg)
  }
  /^"@@ .*"$/ { flush(); m = substr($0, 5, length($0) - 5); ok = 0; msg = ""; want = 0; next }
  /^"\/nix\/store\/[^"]*\.drv"$/ { ok = 1; next }
  want && NF { msg = $0; sub(/^ +/, "", msg); want = msg ~ /:$/; next }
  /^ *error: *$/ { want = 1; next }
  /^ *error: / { msg = $0; sub(/^ *error: /, "", msg); want = msg ~ /:$/; next }
  END { flush() }
' "$tmp/repl.out" > "$tmp/results"

evaluated=0
while read -r m status; do
  if [ -n "${expect[$m]:-}" ]; then
    text="${expect[$m]%%|*}"
    if [ "$status" = ok ]; then
      fail "$m evaluates now: take it off the expected failures (${expect[$m]#*|})"
    elif [[ "$status" != *"$text"* ]]; then
      fail "$m fails differently than expected (${expect[$m]#*|}): $status"
    fi
  elif [ "$status" = ok ]; then
    evaluated=$((evaluated + 1))
  else
    fail "$m: $status"
  fi
done < "$tmp/results"
want=$((count - ${#skip[@]}))
got="$(wc -l < "$tmp/results")"
[ "$got" = "$want" ] || fail "the repl answered for $got of $want modules: $(tail -n 20 "$tmp/repl.out")"
echo "$evaluated of $count modules evaluate (${#expect[@]} expected failures, ${#skip[@]} skipped) in ${ms} ms"
checks_done
