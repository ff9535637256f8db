#!/usr/bin/env bash
# The no-op `home-manager switch` end to end: evaluation (or the evaluation
# cache), build, activation and the news notice, for a small configuration
# (one file, programs.bash, one news entry) in a private store bound on
# /nix/store. Prints the cold switch, five no-op switches, `home-manager
# news`, and a no-op after the configuration changed, in milliseconds.
# Never asserts a time. Needs root (a private mount namespace).
# Usage: bench/home/noop_switch.sh /path/to/hearth
set -euo pipefail
hearth="$(realpath "$1")"
src="$(cd "$(dirname "$0")/../.." && pwd)"
. "$src/tests/e2e/lib/private-store.sh"
private_store_or_skip "$@"
. "$src/tests/e2e/lib/home-manager-cli.sh"
home_manager_cli hm-bench
mkdir -p "$HOME/.config/home-manager"
conf="$HOME/.config/home-manager/home.nix"
cat > "$conf" << NIX
{ pkgs, ... }: {
  home.username = "hm-bench";
  home.homeDirectory = "$HOME";
  home.stateVersion = "25.11";
  home.file.".hello".text = "one\n";
  programs.bash.enable = true;
  news.entries = [ { time = "2026-01-02T10:00:00+00:00"; message = "An entry."; } ];
}
NIX
cd "$tmp"
ms() { echo $((($(date +%s%N) - $1) / 1000000)); }
timed() { # timed LABEL CMD...
  local label="$1" s
  shift
  s=$(date +%s%N)
  "$@" > /dev/null 2> "$tmp/err" || { cat "$tmp/err"; echo "failed: $*"; exit 1; }
  printf '%-22s %6d ms\n' "$label" "$(ms "$s")"
}
timed "cold switch" hm switch
for i in 1 2 3 4 5; do timed "no-op switch $i" hm switch; done
timed "news" hm news
echo '# edited' >> "$conf"
timed "switch after an edit" hm switch
timed "no-op switch" hm switch
