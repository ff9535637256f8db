#!/usr/bin/env bash
# Debian packages into a cold store, side by side with the floor.
#
# The profile: pkgs.hello, atool, httpie, jq, ripgrep and tree, pinned once
# by `hearth lock add` so every run fetches the same .debs (the six and the
# dependencies the host lacks, ~60 files).
#   floor         `apt-get download` of exactly those .debs, then
#                 `dpkg-deb -x` of each: the least any tool must do
#   hearth build  `hearth build` of a buildEnv of the six from <nixpkgs>
#                 (what home.packages does), in a fresh store and $HOME; the
#                 package index, which describes the host's apt state and is
#                 shared by every store, is written once before the runs
#   -j 4          the same with four builds at once (fetches and unpacks)
#   index         writing that index (src/cli/debian_index): the first
#                 evaluation after each `apt-get update`, in a fresh cache;
#                 "index included" adds it to the cold build
#   lock build    `hearth lock build --profile`, the same without the evaluator
#   no-op         the same `hearth build` again in the store it just filled
# Each is run RUNS times; the table shows the median wall time (and CPU
# time, user+sys, which the other users of a shared machine disturb less).
# Targets (issue 5): cold within 1.5x the floor, no-op at least 20x faster
# than cold. Needs the machine's apt index and its archive; prints numbers,
# asserts nothing.
# Usage: bench/pkgs/run.sh [path/to/hearth] [RUNS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
H=$(realpath "${1:-$here/../../build/x/src/cli/hearth}")
runs=${2:-3}
pkgs=(hello atool httpie jq ripgrep tree)
[ -x "$H" ] || { echo "no hearth binary at $H" >&2; exit 1; }
command -v apt-get > /dev/null && command -v dpkg-deb > /dev/null || { echo "not Debian" >&2; exit 1; }

T=$(mktemp -d /tmp/hearth-bench-pkgs-XXXXXX)
trap 'chmod -R u+w "$T" 2> /dev/null; rm -rf "$T"' EXIT
# apt-get download as root fetches as _apt, who must be able to write here.
chmod 755 "$T"

# Wall time from /proc/uptime: monotonic, unlike the wall clock, which this
# kind of machine has been seen to jump. CPU time from bash's `times`.
now() { local up _; read -r up _ < /proc/uptime; echo "$up"; }
# Sets CPU; `times` must run in this shell (not in $(...)) to see its children.
cpu() {
    times > "$T/.times"
    CPU=$(tail -1 "$T/.times" | awk '{ split($1, u, /[ms]/); split($2, s, /[ms]/); printf "%.2f\n", u[1]*60+u[2]+s[1]*60+s[2] }')
}
# measure NAME CMD...: runs CMD, appends "wall cpu" to $T/NAME.times.
measure() {
    local name=$1; shift
    local w0 c0 w1 c1
    cpu; c0=$CPU; w0=$(now)
    "$@"
    w1=$(now); cpu; c1=$CPU
    awk -v a="$w0" -v b="$w1" -v c="$c0" -v d="$c1" 'BEGIN { printf "%.2f %.2f\n", b - a, d - c }' >> "$T/$name.times"
}

# Pin once: the lock every run uses.
(cd "$T" && HEARTH_STORE=$T/pin "$H" lock --lock "$T/lock.json" add "${pkgs[@]}")
mapfile -t pinned < <(awk '
    /^    "[^"]*": \{$/ { name = $1; gsub(/[":]/, "", name) }
    /^      "version": / { v = $2; gsub(/[",]/, "", v); print name "=" v }' "$T/lock.json")
echo "pinned ${#pinned[@]} packages ($(awk '/"size":/ { s += $2 } END { printf "%.1f MB", s / 1e6 }' "$T/lock.json"))"

cat > "$T/profile.nix" << 'NIX'
let pkgs = import <nixpkgs> { }; in
pkgs.buildEnv {
  name = "bench-profile";
  paths = with pkgs; [ hello atool httpie jq ripgrep tree ];
}
NIX

floor_download() { (cd "$1" && apt-get download -q "${pinned[@]}" > /dev/null 2>&1); }
floor_extract() {
    local d
    for d in "$1"/*.deb; do dpkg-deb -x "$d" "$1/x/$(basename "$d" .deb)"; done
}
hearth_build() {
    local dir=$1; shift
    (cd "$dir" && HEARTH_STORE=$dir/store HOME=$dir/home XDG_CACHE_HOME=$T/cache HEARTH_LOCK_FILE=$T/lock.json \
        "$H" build -Q "$@" -o "$dir/profile" "$T/profile.nix" > /dev/null 2> "$dir/build.log")
}
index_write() {
    (cd "$1" && HEARTH_STORE=$1/store HOME=$1/home XDG_CACHE_HOME=$1/cache \
        "$H" eval --expr '(import <nixpkgs> { }).hello.version' > /dev/null)
}
lock_build() {
    (cd "$1" && HEARTH_STORE=$1/store HOME=$1/home XDG_CACHE_HOME=$T/cache \
        "$H" lock --lock "$T/lock.json" build --profile "$1/profile" "${pkgs[@]}" > /dev/null)
}

mkdir -p "$T/shared/home"
index_write "$T/shared"
mv "$T/shared/cache" "$T/cache"
compgen -G "$T/cache/hearth/debian-index/*/names.json" > /dev/null ||
    { echo "no index written in $T/cache" >&2; exit 1; }

for run in $(seq "$runs"); do
    echo "run $run/$runs"
    f=$T/floor-$run; mkdir -p "$f/x"; chmod 755 "$f"
    measure floor-download floor_download "$f"
    measure floor-extract floor_extract "$f"
    n=$(ls "$f"/*.deb | wc -l)
    [ "$n" = "${#pinned[@]}" ] || echo "warning: the floor downloaded $n of ${#pinned[@]} .debs" >&2
    rm -rf "$f"

    b=$T/build-$run; mkdir -p "$b/home"
    measure hearth-cold hearth_build "$b"
    measure hearth-noop hearth_build "$b"
    # The link names the logical store path (the store lives under $b/store),
    # and buildEnv links into it by absolute links, so only look.
    [ -L "$b/store$(readlink "$b/profile")/bin/hello" ] || { echo "hearth build made no working profile:" >&2; ls -la "$b" >&2; tail "$b/build.log" >&2; exit 1; }
    chmod -R u+w "$b"; rm -rf "$b"

    j=$T/parallel-$run; mkdir -p "$j/home"
    measure hearth-j4 hearth_build "$j" -j 4
    chmod -R u+w "$j"; rm -rf "$j"

    i=$T/index-$run; mkdir -p "$i/home"
    measure index index_write "$i"
    rm -rf "$i"

    l=$T/lock-$run; mkdir -p "$l/home"
    measure lock-cold lock_build "$l"
    measure lock-noop lock_build "$l"
    chmod -R u+w "$l"; rm -rf "$l"
done

# median COLUMN NAME: the median of a column of $T/NAME.times.
median() { cut -d' ' -f"$1" "$T/$2.times" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
for n in floor-download floor-extract hearth-cold hearth-noop hearth-j4 index lock-cold lock-noop; do
    eval "w_${n//-/_}=$(median 1 "$n") c_${n//-/_}=$(median 2 "$n")"
done
sum() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a + b }'; }
w_floor=$(sum "$w_floor_download" "$w_floor_extract")
c_floor=$(sum "$c_floor_download" "$c_floor_extract")
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf (b > 0 ? "%.2f" : "inf"), a / b }'; }

echo
echo "Debian profile of ${pkgs[*]}: ${#pinned[@]} .debs, median of $runs runs, load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-34s %9s %9s  %s\n' "" "wall (s)" "cpu (s)" "ratio"
row() { printf '%-34s %9s %9s  %s\n' "$1" "$2" "$3" "${4:-}"; }
row "floor: apt-get download" "$w_floor_download" "$c_floor_download"
row "floor: dpkg-deb -x each" "$w_floor_extract" "$c_floor_extract"
row "floor" "$w_floor" "$c_floor"
row "hearth build, cold" "$w_hearth_cold" "$c_hearth_cold" "$(ratio "$w_hearth_cold" "$w_floor")x floor (target <= 1.5), cpu $(ratio "$c_hearth_cold" "$c_floor")x"
row "writing the index" "$w_index" "$c_index" "once per apt-get update, for every store"
w_with=$(sum "$w_hearth_cold" "$w_index") c_with=$(sum "$c_hearth_cold" "$c_index")
row "hearth build, cold, index included" "$w_with" "$c_with" "$(ratio "$w_with" "$w_floor")x floor, cpu $(ratio "$c_with" "$c_floor")x"
row "hearth build -j 4, cold" "$w_hearth_j4" "$c_hearth_j4" "$(ratio "$w_hearth_j4" "$w_floor")x floor"
row "hearth build, no-op" "$w_hearth_noop" "$c_hearth_noop" "cold / no-op = $(ratio "$w_hearth_cold" "$w_hearth_noop") (target >= 20)"
row "hearth lock build, cold" "$w_lock_cold" "$c_lock_cold" "$(ratio "$w_lock_cold" "$w_floor")x floor, cpu $(ratio "$c_lock_cold" "$c_floor")x"
row "hearth lock build, no-op" "$w_lock_noop" "$c_lock_noop" "cold / no-op = $(ratio "$w_lock_cold" "$w_lock_noop")"
