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
# filesystem both tools run on (the table's first line names it). On ext4
# without a journal, a new inode is found by scanning past every inode
# freed in the last 30 seconds (dirty_expire_centisecs) in its block group,
# so a case right after the previous one's deletions pays for them:
# BENCH_SETTLE=31 waits that long before each timed case.
# Usage: [TMPDIR=DIR] [BENCH_SETTLE=S] bench/home/run.sh /path/to/hearth [N] [RUNS]
set -euo pipefail
hearth="$(realpath "$1")"
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
    f.write('#!/bin/bash\nexec %s activate "%s" "$@"\n' % (hearth, gen))
os.chmod(gen + "/activate", 0o755)
open(gen + "/gen-version", "w").write("1\n")
os.symlink(farm, gen + "/home-files")
os.symlink(hpath, gen + "/home-path")
steps = ["checkLinkTargets", "writeBoundary", "installPackages", "linkGeneration"]
manifest = {"version": 1, "generator": "hearth-home-manager", "hmVersion": "26.11",
            "username": "bench", "homeDirectory": home, "uid": None,
            "profileDirectory": home + "/.nix-profile", "stateVersion": "25.11",
            "emptyActivationPath": True, "activationPath": [], "generateGcRoot": True,
            "uninstall": False, "externalPackageInstall": True, "nixPackage": None,
            "homeFiles": farm, "homePath": hpath, "files": files,
            "activation": [{"name": s, "builtin": True, "script": "hearthActivateStep %s\n" % s}
                           for s in steps],
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

home="$tmp/home"
mkdir -p "$tmp/store"
gen1="$(python3 "$tmp/gen.py" "$tmp/store" "$home" "$hearth" "$n" -1 a)"
gen2="$(python3 "$tmp/gen.py" "$tmp/store" "$home" "$hearth" "$n" 7 b)"

now() { date +%s%N; }
# median of the arguments (milliseconds)
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
timed() { # timed CMD...: prints milliseconds; fails the bench if CMD fails
  local s e
  sync # the previous case's writes (and freed blocks) are not this one's cost
  sleep "${BENCH_SETTLE:-0}"
  s=$(now)
  "$@" > "$tmp/out" 2>&1 || { cat "$tmp/out"; echo "failed: $*"; exit 1; }
  e=$(now)
  echo $(((e - s) / 1000000))
}
activate() { HOME="$home" "$1/activate" --driver-version 1; }
stow_cmd() { stow --no-folding -d "$tmp/stow" -t "$home" "$@" pkg; }

h_first=() h_noop=() h_one=() s_first=() s_noop=() s_one=()
for ((r = 0; r < runs; r++)); do
  rm -rf "$home" && mkdir -p "$home"
  h_first+=("$(timed activate "$gen1")")
  h_noop+=("$(timed activate "$gen1")")
  h_one+=("$(timed activate "$gen2")")
  [[ "$(cat "$home/.config/app-07/file-0007")" == "setting 7 = changed" ]] || { echo "hearth: change not linked"; exit 1; }

  rm -rf "$home" && mkdir -p "$home"
  s_first+=("$(timed stow_cmd)")
  s_noop+=("$(timed stow_cmd -R)")
  echo "setting 7 = changed" > "$tmp/stow/pkg/.config/app-07/file-0007"
  s_one+=("$(timed stow_cmd -R)")
  echo "setting 7 = value" > "$tmp/stow/pkg/.config/app-07/file-0007"
  [[ "$(find "$home" -type l | wc -l)" == "$n" ]] || { echo "stow: not $n links"; exit 1; }
done

printf 'home activation vs GNU Stow %s (--no-folding), %d files, median of %d runs, %d CPUs\n' \
  "$(stow --version | sed -n 's/.*version \([0-9.]*\).*/\1/p')" "$n" "$runs" "$(nproc)"
printf 'on %s (%s)%s\n\n' "$(findmnt -n -o FSTYPE -T "$tmp")" "$(findmnt -n -o OPTIONS -T "$tmp")" \
  "${BENCH_SETTLE:+, ${BENCH_SETTLE} s settle before each case}"
printf '%-16s %10s %10s %12s\n' case hearth_ms stow_ms stow/hearth
row() {
  local h s
  h=$(median "${@:2:$runs}")
  s=$(median "${@:$((runs + 2)):$runs}")
  awk -v c="$1" -v h="$h" -v s="$s" 'BEGIN { printf "%-16s %10d %10d %12.1f\n", c, h, s, s / (h > 0 ? h : 1) }'
}
row "first switch" "${h_first[@]}" "${s_first[@]}"
row "no-op switch" "${h_noop[@]}" "${s_noop[@]}"
row "one-file change" "${h_one[@]}" "${s_one[@]}"
