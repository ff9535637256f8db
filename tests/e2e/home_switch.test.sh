#!/usr/bin/env bash
# Switches generations into a sandbox HOME with `hearth activate`, as a
# generation's activate script does, and reads the home back: a first
# switch, a second with files added, removed and changed, a collision with
# and without a backup extension, a rollback by running the older
# generation's activate, a dry run, and kill -9 at every change activation
# makes followed by a re-run. Generations are built by hand in a scratch
# store, laid out as share/hearth/home-manager/modules/generation.nix does.
# Usage: home_switch.test.sh /path/to/hearth
set -euo pipefail
hearth="$(realpath "$1")"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
store="$tmp/store"
mkdir -p "$store"
export HOME="$tmp/home" USER=alice NO_COLOR=1 NIX_STATE_DIR="$tmp/nix-state"
export HEARTH_STORE="$tmp/hearth-store"
unset DRY_RUN VERBOSE HOME_MANAGER_BACKUP_EXT HOME_MANAGER_BACKUP_OVERWRITE XDG_STATE_HOME || true
mkdir -p "$HOME"

failures=0
fail() {
  echo "FAIL: $*" | head -n 30
  failures=$((failures + 1))
}
expect_eq() { [[ "$1" == "$2" ]] || fail "$3: expected '$2', got '$1'"; }

# Generations are made in subshells ($(...)), so the counter lives in a file.
echo 0 > "$tmp/names"
store_path() {
  local n
  n=$(($(cat "$tmp/names") + 1))
  echo "$n" > "$tmp/names"
  printf '%s/%032d-%s' "$store" "$n" "$1"
}

# make_generation TARGET=TEXT...: prints the generation's path. Entries:
# the four builtin steps, then one bash entry that records it ran.
make_generation() {
  local farm files="" gen path
  farm="$(store_path home-manager-files)"
  mkdir -p "$farm"
  for spec in "$@"; do
    local target="${spec%%=*}" text="${spec#*=}" src
    src="$(store_path "hm_$(basename "$target")")"
    printf '%s\n' "$text" > "$src"
    mkdir -p "$(dirname "$farm/$target")"
    ln -s "$src" "$farm/$target"
    files+="${files:+,}{\"target\":\"$target\",\"source\":\"$src\",\"executable\":null,\"recursive\":false,\"ignorelinks\":false,\"force\":false,\"onChange\":false}"
  done
  path="$(store_path home-manager-path)"
  mkdir -p "$path/bin"
  gen="$(store_path home-manager-generation)"
  mkdir -p "$gen/bin"
  printf '#!/bin/bash\nexec %s activate "%s" "$@"\n' "$hearth" "$gen" > "$gen/activate"
  chmod +x "$gen/activate"
  ln -s "$gen/activate" "$gen/bin/home-manager-generation"
  echo 1 > "$gen/gen-version"
  ln -s "$farm" "$gen/home-files"
  ln -s "$path" "$gen/home-path"
  local step entries=""
  for step in checkLinkTargets writeBoundary installPackages linkGeneration; do
    entries+="${entries:+,}{\"name\":\"$step\",\"builtin\":true,\"script\":\"hearthActivateStep $step\\n\"}"
  done
  entries+=",{\"name\":\"record\",\"builtin\":false,\"script\":\"run touch \\\"\$HOME/.recorded\\\"\\n\"}"
  cat > "$gen/manifest.json" <<JSON
{"version":1,"generator":"hearth-home-manager","hmVersion":"26.11","username":"alice",
 "homeDirectory":"$HOME","uid":null,"profileDirectory":"$HOME/.nix-profile",
 "stateVersion":"25.11","emptyActivationPath":true,"activationPath":[],"generateGcRoot":true,
 "uninstall":false,"externalPackageInstall":false,"nixPackage":null,"homeFiles":"$farm",
 "homePath":"$path","files":[$files],"activation":[$entries],"packages":[],
 "extraDependencies":[],"specialisations":{}}
JSON
  echo "$gen"
}

# The home's files (not the state directories), as "path -> text" lines.
snapshot() {
  (cd "$HOME" && find . \( -path ./.local/state -o -path ./.nix-profile \) -prune -o \
    \( -type f -o -type l \) -print | sort | while read -r f; do
    printf '%s -> %s\n' "$f" "$(cat "$f" 2>/dev/null || echo '<dangling>')"
  done)
}

A="$(make_generation .bashrc=a-bashrc .config/app/conf=a-conf .only-a=a)"
B="$(make_generation .bashrc=b-bashrc .config/app/conf=a-conf .only-b=b .config/new/x=x)"

# First switch.
"$A/activate" --driver-version 0 > "$tmp/out" || fail "first switch: $(cat "$tmp/out")"
expect_eq "$(snapshot)" "./.bashrc -> a-bashrc
./.config/app/conf -> a-conf
./.only-a -> a
./.recorded -> " "first switch"
expect_eq "$(readlink "$HOME/.bashrc")" "$(readlink -f "$A/home-files")/.bashrc" "link through home-files"
expect_eq "$(readlink "$HOME/.local/state/home-manager/gcroots/current-home")" "$A" "current-home"

# Second switch: .only-a goes, .only-b and .config/new/x come, .bashrc changes.
"$B/activate" --driver-version 0 > "$tmp/out" || fail "second switch: $(cat "$tmp/out")"
rm -f "$HOME/.recorded"
expect_eq "$(snapshot)" "./.bashrc -> b-bashrc
./.config/app/conf -> a-conf
./.config/new/x -> x
./.only-b -> b" "second switch"
expect_eq "$(readlink "$HOME/.local/state/nix/profiles/home-manager")" "home-manager-2-link" "profile"

# Rollback: the older generation's activate.
"$A/activate" --driver-version 0 > "$tmp/out" || fail "rollback: $(cat "$tmp/out")"
rm -f "$HOME/.recorded"
expect_eq "$(snapshot)" "./.bashrc -> a-bashrc
./.config/app/conf -> a-conf
./.only-a -> a" "rollback"
[[ -e "$HOME/.config/new" ]] && fail "rollback left the emptied directory .config/new"

# A collision: refused without -b, nothing written; moved aside with it.
C="$(make_generation .bashrc=a-bashrc .mine=c)"
echo "user's own" > "$HOME/.mine"
if "$C/activate" > "$tmp/out" 2>&1; then fail "collision not refused"; fi
grep -qF "Existing file '$HOME/.mine' would be clobbered" "$tmp/out" || fail "collision message: $(cat "$tmp/out")"
expect_eq "$(cat "$HOME/.mine")" "user's own" "collision left the file"
[[ -e "$HOME/.only-a" ]] || fail "refused switch changed the home"
HOME_MANAGER_BACKUP_EXT=bak "$C/activate" > "$tmp/out" || fail "switch with -b: $(cat "$tmp/out")"
expect_eq "$(cat "$HOME/.mine.bak")" "user's own" "backup"
expect_eq "$(cat "$HOME/.mine")" "c" "linked after backup"

# Dry run: says what it would do, changes nothing.
before="$(cd "$HOME" && find . | sort; snapshot)"
DRY_RUN=1 "$A/activate" > "$tmp/out" || fail "dry run: $(cat "$tmp/out")"
grep -q "^This is a dry run$" "$tmp/out" || fail "dry run notice"
grep -qF "rm $HOME/.mine" "$tmp/out" || fail "dry run did not say it would remove .mine: $(cat "$tmp/out")"
expect_eq "$(cd "$HOME" && find . | sort; snapshot)" "$before" "dry run changed the home"

# Crash safety: kill -9 before the Nth change, for every N, then re-run.
# After each crash: the user's file is intact, every link of ours points
# into a complete generation, and every file both generations have is
# there; after the re-run the home is exactly the new generation.
D="$(make_generation .bashrc=d-bashrc .config/app/conf=a-conf .only-d=d .deep/er/file=deep)"
crashes=0
for n in $(seq 1 40); do
  rm -rf "$HOME" && mkdir -p "$HOME"
  echo "user data" > "$HOME/.mine"
  "$A/activate" --driver-version 0 > /dev/null || fail "crash $n: setup"
  echo 0 > "$tmp/counter"
  if HEARTH_TEST_CRASH_AT=$n HEARTH_TEST_CRASH_COUNTER="$tmp/counter" \
    "$D/activate" --driver-version 0 > /dev/null 2>&1; then
    break # no Nth change: the activation ran to the end
  fi
  crashes=$((crashes + 1))
  expect_eq "$(cat "$HOME/.mine")" "user data" "crash $n: user file"
  for shared in .bashrc .config/app/conf; do
    [[ -L "$HOME/$shared" ]] || fail "crash $n: $shared missing"
  done
  while read -r l; do
    dest="$(readlink "$l")"
    [[ -e "$dest" ]] || fail "crash $n: $l dangles"
  done < <(find "$HOME" -path "$HOME/.local/state" -prune -o -type l -print)
  rm -f "$HOME/.recorded"
  "$D/activate" --driver-version 0 > "$tmp/out" 2>&1 || fail "crash $n: re-run: $(cat "$tmp/out")"
  rm -f "$HOME/.recorded"
  expect_eq "$(snapshot)" "./.bashrc -> d-bashrc
./.config/app/conf -> a-conf
./.deep/er/file -> deep
./.mine -> user data
./.only-d -> d" "crash $n: after re-run"
  expect_eq "$(readlink "$HOME/.local/state/home-manager/gcroots/current-home")" "$D" "crash $n: current-home"
done
(( crashes >= 8 )) || fail "only $crashes crash points were reached"

# A crash, then a switch back to the old generation instead: the links the
# crashed activation made are cleaned up too (gcroots/new-home names it).
for n in $(seq 1 "$crashes"); do
  rm -rf "$HOME" && mkdir -p "$HOME"
  echo "user data" > "$HOME/.mine"
  "$A/activate" --driver-version 0 > /dev/null || fail "back $n: setup"
  echo 0 > "$tmp/counter"
  HEARTH_TEST_CRASH_AT=$n HEARTH_TEST_CRASH_COUNTER="$tmp/counter" \
    "$D/activate" --driver-version 0 > /dev/null 2>&1 && fail "back $n: no crash"
  "$A/activate" --driver-version 0 > "$tmp/out" 2>&1 || fail "back $n: switch back: $(cat "$tmp/out")"
  rm -f "$HOME/.recorded"
  expect_eq "$(snapshot)" "./.bashrc -> a-bashrc
./.config/app/conf -> a-conf
./.mine -> user data
./.only-a -> a" "back $n: after switching back"
done
echo "crashed and recovered at $crashes points"

if (( failures > 0 )); then
  echo "$failures failure(s)"
  exit 1
fi
echo "ok"
