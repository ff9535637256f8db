#!/usr/bin/env bash
# Home activation against GNU Stow on the same tree of N managed files
# (default 5,000 in 50 directories): a first switch into an empty home, a
# no-op switch, and a switch after one file's contents changed; Stow
# stows, restows unchanged, and restows after the same file changed in its
# package. Stow runs with --no-folding so that it, like Home Manager, makes
# one link per file (folded, it would link 50 directories instead).
#
# The generations are built by hand in a scratch store laid out as
# share/hearth/home-manager/modules/generation.nix builds them (one store
# path per file, the home-manager-files link farm, manifest.json), so only
# activation is timed, as only linking is timed for Stow. Prints a ratio
# table (Stow's time over Hearth's: above 1 means Hearth is faster); never
# asserts a time.
#
# Everything happens in a directory made by mktemp, so TMPDIR chooses the
# filesystem both tools run on (the table's first line names it). Both
# tools face the same kernel state: each run gives each tool a fresh home
# directory, the tools take turns going first, nothing is deleted until
# the end, and every timed case starts after `sync` and the same settle.
# On ext4 without a journal, a new inode is found by scanning past every
# inode freed in the last 30 seconds (dirty_expire_centisecs) in its block
# group, so a case right after another one's deletions pays for them:
# BENCH_SETTLE=31 waits that long before each timed case.
# HEARTH_BEFORE=/path/to/older/hearth adds its times as another column.
# Usage: [TMPDIR=DIR] [BENCH_SETTLE=S] [HEARTH_BEFORE=H] bench/home/run.sh /path/to/hearth [N] [RUNS]
set -euo pipefail
hearth="$(realpath "$1")"
before="${HEARTH_BEFORE:+$(realpath "$HEARTH_BEFORE")}"
n="${2:-5000}"
runs="${3:-3}"
command -v stow > /dev/null || { echo "stow is not installed (apt-get install stow)"; exit 1; }
command -v python3 > /dev/null || { echo "python3 is needed to lay out the generations"; exit 1; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export USER=bench NO_COLOR=1 HEARTH_STORE="$tmp/hearth-store"
unset DRY_RUN VERBOSE XDG_STATE_HOME XDG_DATA_HOME HOME_MANAGER_BACKUP_EXT || true

# gen.py STORE HOME HEARTH N CHANGED OUT: one generation; CHANGED is the
# index of the file whose text differs ("-1" for none).
cat > "$tmp/gen.py" <<'PY'
import json, os, sys
store, home, hearth, n, changed, out = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]), sys.argv[6]
count = [0]
def path(name):
    count[0] += 1
    return "%s/%s%032d-%s" % (store, out, count[0], name)
farm = path("home-manager-files")
files = []
for i in range(n):
    target = ".config/app-%02d/file-%04d" % (i % 50, i)
    text = "setting %d = %s\n" % (i, "changed" if i == changed else "value")
    src = path("hm_file-%04d" % i)
    with open(src, "w") as f:
        f.write(text)
    os.makedirs(os.path.dirname(os.path.join(farm, target)), exist_ok=True)
    os.symlink(src, os.path.join(farm, target))
    files.append({"target": target, "source": src, "executable": None, "recursive": False,
                  "ignorelinks": False, "force": False, "onChange": False})
hpath = path("home-manager-path")
os.makedirs(hpath + "/bin")
gen = path("home-manager-generation")
os.makedirs(gen + "/bin")
with open(gen + "/activate", "w") as f:
    f.write('#!/bin/bash\nexec "${BENCH_HEARTH:-%s}" activate "%s" "$@"\n' % (hearth, gen))
os.chmod(gen + "/activate", 0o755)
open(gen + "/gen-version", "w").write("1\n")
os.symlink(farm, gen + "/home-files")
os.symlink(hpath, gen + "/home-path")
# The entries of a real generation without onChange files, in its order:
# checkFilesChanged and onFilesChange are bash (files.nix), so bash runs.
builtins = ["checkLinkTargets", "writeBoundary", "installPackages", "linkGeneration"]
steps = ["checkLinkTargets", "writeBoundary", "installPackages", "checkFilesChanged",
         "linkGeneration", "onFilesChange"]
scripts = {"checkFilesChanged": "function _cmp() {\n  if [[ -d $1 && -d $2 ]]; then\n"
           "    diff -rq \"$1\" \"$2\" &> /dev/null\n  else\n    cmp --quiet \"$1\" \"$2\"\n"
           "  fi\n}\ndeclare -A changedFiles\nunset -f _cmp\n",
           "onFilesChange": ""}
manifest = {"version": 1, "generator": "hearth-home-manager", "hmVersion": "26.11",
            "username": "bench", "homeDirectory": home, "uid": None,
            "profileDirectory": home + "/.nix-profile", "stateVersion": "25.11",
            "emptyActivationPath": True, "activationPath": [], "generateGcRoot": True,
            "uninstall": False, "externalPackageInstall": True, "nixPackage": None,
            "homeFiles": farm, "homePath": hpath, "files": files,
            "activation": [{"name": s, "builtin": s in builtins,
                            "script": scripts.get(s, "hearthActivateStep %s\n" % s)} for s in steps],
            "packages": [], "extraDependencies": [], "specialisations": {}}
json.dump(manifest, open(gen + "/manifest.json", "w"))
print(gen)
PY

# The same tree as a Stow package.
mkdir -p "$tmp/stow/pkg"
python3 - "$tmp/stow/pkg" "$n" <<'PY'
import os, sys
root, n = sys.argv[1], int(sys.argv[2])
for i in range(n):
    p = os.path.join(root, ".config/app-%02d/file-%04d" % (i % 50, i))
    os.makedirs(os.path.dirname(p), exist_ok=True)
    open(p, "w").write("setting %d = value\n" % i)
PY

# Each tool's run has a fresh $home; afterwards it is moved aside, not
# deleted, so that no case pays for freeing another's inodes. On ext4 the
# directory is marked a top directory (chattr +T), so that each home is put
# in a block group of its own choosing (Orlov's allocator) rather than in
# the group of the directory TMPDIR names, where other people's deletions
# may have left thousands of inodes that every new inode is checked
# against (without a journal; see RESULTS.md).
home="$tmp/home"
chattr +T "$tmp" 2> /dev/null || true
mkdir -p "$tmp/store" "$tmp/homes"
gen1="$(python3 "$tmp/gen.py" "$tmp/store" "$home" "$hearth" "$n" -1 a)"
gen2="$(python3 "$tmp/gen.py" "$tmp/store" "$home" "$hearth" "$n" 7 b)"

# time.py CMD...: runs CMD, prints "WALL_MS CPU_MS" (CPU: user and system
# time of CMD and everything it waited for), exits with CMD's status.
cat > "$tmp/time.py" <<'PY'
import os, resource, subprocess, sys, time
r0, t0 = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
with open(os.environ["BENCH_OUT"], "w") as out:
    status = subprocess.call(sys.argv[1:], stdout=out, stderr=subprocess.STDOUT)
t1, r1 = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime
print("%d %d" % ((t1 - t0) * 1000, cpu * 1000))
sys.exit(status)
PY
# median of the arguments
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
loads=()
timed() { # timed CMD...: appends its wall and CPU milliseconds; fails the bench if CMD fails
  local wall cpu
  sync # the previous case's writes (and freed blocks) are not this one's cost
  sleep "${BENCH_SETTLE:-0}"
  read -r load _ < /proc/loadavg
  loads+=("$load")
  read -r wall cpu < <(BENCH_OUT="$tmp/out" python3 "$tmp/time.py" "$@" || echo fail)
  [[ "$wall" != fail && -n "$cpu" ]] || { cat "$tmp/out"; echo "failed: $*"; exit 1; }
  times+=("$wall")
  cpus+=("$cpu")
}
# Commands, not functions: time.py runs them.
activate() { echo env HOME="$home" BENCH_HEARTH="$1" "$2/activate" --driver-version 1; }
stow_cmd() { echo stow --no-folding -d "$tmp/stow" -t "$home" "$@" pkg; }

# One tool's three cases in the fresh home $home; appends to times.
run_hearth() { # run_hearth HEARTH
  timed $(activate "$1" "$gen1")
  timed $(activate "$1" "$gen1")
  timed $(activate "$1" "$gen2")
  [[ "$(cat "$home/.config/app-07/file-0007")" == "setting 7 = changed" ]] || { echo "hearth: change not linked"; exit 1; }
}
run_stow() {
  timed $(stow_cmd)
  timed $(stow_cmd -R)
  echo "setting 7 = changed" > "$tmp/stow/pkg/.config/app-07/file-0007"
  timed $(stow_cmd -R)
  echo "setting 7 = value" > "$tmp/stow/pkg/.config/app-07/file-0007"
  [[ "$(find "$home" -type l | wc -l)" == "$n" ]] || { echo "stow: not $n links"; exit 1; }
}

tools=(hearth stow)
[[ -z "$before" ]] || tools=(before hearth stow)
declare -A results cpu_results
for ((r = 0; r < runs; r++)); do
  # The tools take turns going first.
  order=("${tools[@]:r % ${#tools[@]}}" "${tools[@]:0:r % ${#tools[@]}}")
  for tool in "${order[@]}"; do
    mkdir "$home"
    times=() cpus=()
    case "$tool" in
      hearth) run_hearth "$hearth" ;;
      before) run_hearth "$before" ;;
      stow) run_stow ;;
    esac
    results[$tool]+="${times[*]};"
    cpu_results[$tool]+="${cpus[*]};"
    mv "$home" "$tmp/homes/$tool-$r"
  done
done

printf 'home activation vs GNU Stow %s (--no-folding), %d files, median of %d runs, %d CPUs\n' \
  "$(stow --version | sed -n 's/.*version \([0-9.]*\).*/\1/p')" "$n" "$runs" "$(nproc)"
printf 'on %s (%s)%s%s\n' "$(findmnt -n -o FSTYPE -T "$tmp" | head -1)" \
  "$(findmnt -n -o OPTIONS -T "$tmp" | head -1)" \
  "$(lsattr -d "$tmp" 2> /dev/null | grep -q '^[^ ]*T' && echo ', homes spread over block groups (chattr +T)')" \
  "${BENCH_SETTLE:+, ${BENCH_SETTLE} s settle before each case}"
printf 'load average (1 min) at the start of the cases: %s to %s, median %s\n\n' \
  "$(printf '%s\n' "${loads[@]}" | sort -n | head -1)" "$(printf '%s\n' "${loads[@]}" | sort -n | tail -1)" \
  "$(median "${loads[@]}")"
# case_times TOOL I [cpu_]: the I-th case's times (or CPU times) over the runs
case_times() {
  local -n r="${3:-}results"
  tr ';' '\n' <<< "${r[$1]}" | awk -v i="$2" 'NF { print $(i + 1) }'
}
if [[ -n "$before" ]]; then
  printf '%-16s %10s %10s %10s %12s %12s\n' case before_ms hearth_ms stow_ms stow/before stow/hearth
else
  printf '%-16s %10s %10s %12s\n' case hearth_ms stow_ms stow/hearth
fi
names=("first switch" "no-op switch" "one-file change")
for i in 0 1 2; do
  h=$(median $(case_times hearth "$i"))
  s=$(median $(case_times stow "$i"))
  if [[ -n "$before" ]]; then
    b=$(median $(case_times before "$i"))
    awk -v c="${names[i]}" -v b="$b" -v h="$h" -v s="$s" 'BEGIN {
      printf "%-16s %10d %10d %10d %12.1f %12.1f\n", c, b, h, s, s / (b > 0 ? b : 1), s / (h > 0 ? h : 1) }'
  else
    awk -v c="${names[i]}" -v h="$h" -v s="$s" 'BEGIN {
      printf "%-16s %10d %10d %12.1f\n", c, h, s, s / (h > 0 ? h : 1) }'
  fi
done
printf '\nCPU time (user and system, all processes, ms; medians):\n'
printf '%-16s %10s %10s %12s\n' case hearth_cpu stow_cpu stow/hearth
for i in 0 1 2; do
  h=$(median $(case_times hearth "$i" cpu_))
  s=$(median $(case_times stow "$i" cpu_))
  awk -v c="${names[i]}" -v h="$h" -v s="$s" 'BEGIN {
    printf "%-16s %10d %10d %12.1f\n", c, h, s, s / (h > 0 ? h : 1) }'
done
printf '\nevery run (wall ms, then CPU ms; first switch, no-op, one-file change):\n'
for tool in "${tools[@]}"; do
  printf '  %-7s %s\n  %-7s %s\n' "$tool" "${results[$tool]}" "" "${cpu_results[$tool]}"
done
